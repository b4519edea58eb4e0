// App-wide settings, edited on the admin page.
import { z } from 'zod';
import { Version } from './common';

export const GroupName = z.string().trim().min(1).max(255);

export const Settings = z.object({
  /** Besides Jira admins, members of these groups may edit goals and KPIs. */
  strategyEditorGroups: z.array(GroupName).max(50),
  version: Version,
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { strategyEditorGroups: [], version: 0 };
