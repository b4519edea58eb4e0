// App-wide settings, edited on the admin page.
import { z } from 'zod';
import { Version, WellFormedText } from './common';
import type { HealthBands } from './kpi';
import { ProgressRule } from './rollup';

/** The longest Jira group name the settings keep, for the server's schema and the admin page's field. */
export const MAX_GROUP_NAME_LENGTH = 255;
export const GroupName = WellFormedText.trim().min(1).max(MAX_GROUP_NAME_LENGTH);

/** Default health bands of KPIs that set none, in whole or decimal percent of the progress expected by now:
 *  on track at or above onTrackPercent, at risk at or above atRiskPercent, off track below. */
export const BandsPercent = z.object({ onTrackPercent: z.number().min(1).max(100), atRiskPercent: z.number().min(1).max(100) });
export type BandsPercent = z.infer<typeof BandsPercent>;
export const DEFAULT_BANDS_PERCENT: BandsPercent = { onTrackPercent: 95, atRiskPercent: 85 };
/** What the admin page sends: both 1…100 and at risk never above on track. */
export const BandsPercentInput = BandsPercent.strict().superRefine((b, ctx) => {
  if (b.atRiskPercent > b.onTrackPercent) ctx.addIssue({ code: 'custom', path: ['atRiskPercent'], message: 'must not be above the on-track band' });
});

export const Settings = z.object({
  /** Besides Jira admins, members of these groups may edit goals and KPIs. */
  strategyEditorGroups: z.array(GroupName).max(50),
  /** How progress is measured everywhere; settings stored before it existed read as the default. */
  progressRule: ProgressRule.default('issues-done'),
  /** Health bands of KPIs without their own; settings stored before they existed read as 95% and 85%. */
  defaultHealthBands: BandsPercent.default(DEFAULT_BANDS_PERCENT),
  /** A weekly mail to each leader and manager of what is due from them; off until a Jira admin turns it on. */
  weeklyDigest: z.boolean().default(false),
  version: Version,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  strategyEditorGroups: [],
  progressRule: 'issues-done',
  defaultHealthBands: DEFAULT_BANDS_PERCENT,
  weeklyDigest: false,
  version: 0,
};

/** The bands as the KPI evaluation takes them: fractions of the progress expected by now. */
export const healthBandsOf = (p: BandsPercent): HealthBands => ({ onTrack: p.onTrackPercent / 100, atRisk: p.atRiskPercent / 100 });
