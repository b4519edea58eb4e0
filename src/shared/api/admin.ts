// Calls of the admin page (jira:adminPage).
import { z } from 'zod';
import { defineCall, NoPayload } from '../contract';

export const Probe = z.object({
  reachable: z.boolean(),
  latencyMs: z.number().nonnegative(),
  detail: z.string(),
});
export type Probe = z.infer<typeof Probe>;

export const AdminStatus = z.object({
  app: z.object({ name: z.string(), version: z.string(), environment: z.string() }),
  you: z.object({ accountId: z.string(), displayName: z.string(), isJiraAdmin: z.boolean() }).nullable(),
  storage: Probe,
  jira: Probe,
  checkedAt: z.string(),
});
export type AdminStatus = z.infer<typeof AdminStatus>;

export const adminCalls = {
  status: defineCall('admin/status', NoPayload, AdminStatus),
} as const;
