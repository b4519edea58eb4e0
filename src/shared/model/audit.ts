// One recorded change: who changed what, when, and the value before and after.
import { z } from 'zod';
import { AccountId } from './common';

export const AuditEntity = z.enum(['goal', 'project', 'epic', 'kpi', 'measurement', 'check-in', 'settings', 'input', 'agreement', 'commitment', 'proposal']);
export type AuditEntity = z.infer<typeof AuditEntity>;

export const AuditEvent = z.object({
  id: z.string(),
  entity: AuditEntity,
  entityId: z.string(),
  action: z.enum(['create', 'update', 'archive', 'restore', 'delete', 'tag', 'untag']),
  at: z.string(),
  by: AccountId,
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  /** True when a strategy editor acted for a side they do not lead or manage (agreements and commitments). */
  asEditor: z.boolean().optional(),
  /** A goal that entered the catalog by an approved proposal: the proposal and who proposed it. */
  proposal: z.object({ id: z.string(), by: AccountId, name: z.string() }).optional(),
  /** A goal carried forward when its period closed: on the new goal `from` the old one, on the old goal `to` the new one. */
  carry: z.object({ direction: z.enum(['from', 'to']), goalId: z.string(), title: z.string(), period: z.string() }).optional(),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/** What a goal's history says in place of another goal's id that the reader may not see, or that no longer exists
 *  (alike: hidden and gone answer the same). Never an entity id (parentheses are not allowed in one). */
export const NOT_SHOWN_GOAL = '(not shown)';
export const NOT_SHOWN_GOAL_WORDS = 'A goal that no longer exists, or that you may not see';
