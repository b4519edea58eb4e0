// One look per state, used on every surface: a goal's status, its KPI health (and a KPI's status, which is the
// same scale) and a Jira status category each map to one lozenge (the design system's appearances, subtle or
// bold), one colour token, one icon and one word. A state is never told by colour alone.
import type { GoalStatus } from '../../../src/shared/model/goal';
import { GOAL_HEALTH_LABEL, type GoalHealthState } from '../../../src/shared/model/goal-health';
import { DEFAULT_BANDS } from '../../../src/shared/model/kpi';

/** The design system's lozenge appearances, by the class names theme.css gives them:
 *  neutral = default, info = inprogress, success = success, warning = moved, danger = removed, discovery = new; and
 *  outline, for a property rather than a state (restricted, no KPIs of its own). */
export type Appearance = 'neutral' | 'info' | 'success' | 'warning' | 'danger' | 'discovery' | 'outline';

export interface Look {
  word: string;
  icon: string;
  appearance: Appearance;
  /** Bold lozenges (filled with the strong colour) are KPI health; subtle ones are a goal's status. */
  bold: boolean;
  /** The colour token the state is known by (the lozenge's background), for bars and markers. */
  token: string;
}

const subtle = (appearance: Appearance, word: string, icon: string, token: string): Look => ({ word, icon, appearance, bold: false, token });
const bold = (appearance: Appearance, word: string, icon: string, token: string): Look => ({ word, icon, appearance, bold: true, token });

export const GOAL_STATUS_LOOK: Record<GoalStatus, Look> = {
  draft: subtle('discovery', 'Draft', '✎', '--ds-background-discovery'),
  active: subtle('info', 'Active', '▶', '--ds-background-information'),
  achieved: subtle('success', 'Achieved', '✓', '--ds-background-success'),
  archived: subtle('neutral', 'Archived', '⊘', '--ds-background-neutral'),
};

export const HEALTH_LOOK: Record<GoalHealthState, Look> = {
  'on-track': bold('success', GOAL_HEALTH_LABEL['on-track'], '✓', '--ds-background-success-bold'),
  'at-risk': bold('warning', GOAL_HEALTH_LABEL['at-risk'], '▲', '--ds-background-warning-bold'),
  'off-track': bold('danger', GOAL_HEALTH_LABEL['off-track'], '✕', '--ds-background-danger-bold'),
  stale: subtle('warning', GOAL_HEALTH_LABEL.stale, '◔', '--ds-background-warning'),
  'no-data': bold('neutral', GOAL_HEALTH_LABEL['no-data'], '○', '--ds-background-neutral-bold'),
  // Not a failure but a property: a goal measured through its sub-goals, or by its work alone, has none of its own.
  'no-kpis': subtle('outline', GOAL_HEALTH_LABEL['no-kpis'], '–', '--ds-border-bold'),
};

export type JiraCategory = 'todo' | 'inProgress' | 'done';

/** Jira's own colours for its status categories: to do grey, in progress blue, done green. */
export const JIRA_CATEGORY_LOOK: Record<JiraCategory, Look> = {
  todo: subtle('neutral', 'To do', '○', '--ds-background-neutral'),
  inProgress: subtle('info', 'In progress', '◐', '--ds-background-information'),
  done: subtle('success', 'Done', '✓', '--ds-background-success'),
};

/** The class names of a look's lozenge (theme.css defines each). */
export const lozengeClass = (look: Look): string => `tl-lozenge tl-lozenge--${look.appearance}${look.bold ? ' tl-lozenge--bold' : ''}`;

/** The pace of the work against the time gone by, on the health scale (the diagnosis's bands): null when either is unknown. */
export const paceState = (progress: number | null, expected: number | null | undefined): 'on-track' | 'at-risk' | 'off-track' | null => {
  if (progress === null || expected === null || expected === undefined) return null;
  if (expected === 0 || progress >= 1) return 'on-track';
  const ratio = progress / expected;
  return ratio >= DEFAULT_BANDS.onTrack ? 'on-track' : ratio >= DEFAULT_BANDS.atRisk ? 'at-risk' : 'off-track';
};
