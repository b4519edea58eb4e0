// Calls of the admin page (jira:adminPage).
import { z } from 'zod';
import { defineCall, NoPayload } from '../contract';
import { BandsPercentInput, GroupName, Settings } from '../model/settings';
import { Version } from '../model/common';
import { ProgressRule } from '../model/rollup';

export const Probe = z.object({
  reachable: z.boolean(),
  latencyMs: z.number().nonnegative(),
  detail: z.string(),
});
export type Probe = z.infer<typeof Probe>;

export const AdminStatus = z.object({
  app: z.object({ name: z.string(), version: z.string(), environment: z.string() }),
  you: z.object({ accountId: z.string(), displayName: z.string(), isJiraAdmin: z.boolean() }).nullable(),
  /** Null for anyone but a Jira admin: the check writes to the app's storage, which only an admin may make it do. */
  storage: Probe.nullable(),
  jira: Probe,
  checkedAt: z.string(),
});
export type AdminStatus = z.infer<typeof AdminStatus>;

export const SettingsView = z.object({ settings: Settings, canEdit: z.boolean() });
export type SettingsView = z.infer<typeof SettingsView>;

/** A change of some settings; what is left out stays as it is. */
export const SaveSettings = z
  .object({
    strategyEditorGroups: z
      .array(GroupName)
      .max(50)
      .refine((g) => new Set(g).size === g.length, 'each group only once')
      .optional(),
    progressRule: ProgressRule.optional(),
    defaultHealthBands: BandsPercentInput.optional(),
    weeklyDigest: z.boolean().optional(),
    expectedVersion: Version,
  })
  .strict();
export type SaveSettings = z.infer<typeof SaveSettings>;

/** The active progress rule, readable by everyone who sees progress (any surface may register the call). */
export const ProgressRuleView = z.object({ rule: ProgressRule, label: z.string() });
export type ProgressRuleView = z.infer<typeof ProgressRuleView>;

export const adminCalls = {
  status: defineCall('admin/status', NoPayload, AdminStatus),
  settings: defineCall('admin/settings', NoPayload, SettingsView),
  saveSettings: defineCall('admin/save-settings', SaveSettings, SettingsView),
  progressRule: defineCall('settings/progress-rule', NoPayload, ProgressRuleView),
} as const;
