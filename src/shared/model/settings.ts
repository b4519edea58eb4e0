// App-wide settings, edited on the admin page.
import { z } from 'zod';
import { Version } from './common';
import { ProgressRule } from './rollup';

export const GroupName = z.string().trim().min(1).max(255);

export const Settings = z.object({
  /** Besides Jira admins, members of these groups may edit goals and KPIs. */
  strategyEditorGroups: z.array(GroupName).max(50),
  /** How progress is measured everywhere; settings stored before it existed read as the default. */
  progressRule: ProgressRule.default('issues-done'),
  version: Version,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { strategyEditorGroups: [], progressRule: 'issues-done', version: 0 };
