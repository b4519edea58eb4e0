// The payload of a Jira issue event (avi:jira:created|updated|deleted:issue) as the trigger receives it. The
// payload is the platform's; it is parsed leniently because Jira adds fields over time. What an event means for
// roll-ups is the domain's (src/domain/rollup/issue-event.ts).
import { z } from 'zod';

export const ISSUE_EVENTS = ['avi:jira:created:issue', 'avi:jira:updated:issue', 'avi:jira:deleted:issue'] as const;

const Id = z.union([z.string(), z.number()]).transform(String);
export const ChangeItem = z.object({
  field: z.string().nullish(),
  fieldId: z.string().nullish(),
  from: z.union([z.string(), z.number()]).nullish(),
  to: z.union([z.string(), z.number()]).nullish(),
});
export type ChangeItem = z.infer<typeof ChangeItem>;
const IssueType = z.object({ hierarchyLevel: z.number().optional(), subtask: z.boolean().optional() }).partial();

export const IssueEventPayload = z.object({
  eventType: z.enum(ISSUE_EVENTS),
  issue: z.object({
    id: Id,
    key: z.string().optional(),
    fields: z
      .object({ issuetype: IssueType.nullish(), parent: z.object({ id: Id }).nullish(), project: z.object({ id: Id }).nullish() })
      .partial()
      .default({}),
  }),
  atlassianId: z.string().optional(),
  changelog: z.object({ items: z.array(ChangeItem).default([]) }).nullish(),
});
export type IssueEventPayload = z.infer<typeof IssueEventPayload>;
