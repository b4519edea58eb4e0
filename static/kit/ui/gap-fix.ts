// Where a gap's fix button goes, and its words: nowhere when it would open the page the gap is shown on (a goal's
// page lists its own gaps; "Open the goal" there reloaded the same page). Pure.
import type { FixTarget } from '../../../src/shared/api/alignment';

export const openLabel = (link: FixTarget): string =>
  link.target === 'issue' ? `Open ${link.issueKey}` : link.target === 'projectSettingsDetails' ? `Open ${link.projectKey} settings` : 'Open the goal';

/** The gap's link, or null when it leads to `hereGoalId`, the goal whose page shows it. */
export const fixLinkFrom = (link: FixTarget, hereGoalId?: string): FixTarget | null => (link.target === 'goal' && link.goalId === hereGoalId ? null : link);
