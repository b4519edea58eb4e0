// Calls of the strategy workspace's goal catalog (jira:globalPage).
import { z } from 'zod';
import { defineCall, NoPayload } from '../contract';
import { AuditEvent } from '../model/audit';
import { EntityId, PeopleQuery, Version } from '../model/common';
import { Goal, GoalInput, GoalSummary } from '../model/goal';
import { GoalHealth } from '../model/goal-health';
import { NamedUser } from './person';

export const UserRef = NamedUser;
export type UserRef = z.infer<typeof UserRef>;

export const CatalogView = z.object({
  goals: z.array(GoalSummary),
  revision: z.number().int(),
  canEdit: z.boolean(),
  /** Display names of every leader and manager in the catalog, for showing names without a call per person. */
  people: z.array(UserRef),
  /** Each listed goal's KPI health as last evaluated (the goal health board), so the list says which goals are in
   *  trouble; a goal not yet evaluated has none. */
  health: z.record(z.string(), GoalHealth),
});
export type CatalogView = z.infer<typeof CatalogView>;

const GoalRef = z.object({ id: EntityId, expectedVersion: Version }).strict();

export const GoalDetail = z.object({ goal: Goal, history: z.array(AuditEvent), canEdit: z.boolean() });
export type GoalDetail = z.infer<typeof GoalDetail>;

export const catalogCalls = {
  list: defineCall('catalog/list', NoPayload, CatalogView),
  get: defineCall('catalog/get', z.object({ id: EntityId }).strict(), GoalDetail),
  create: defineCall('catalog/create', z.object({ input: GoalInput.strict() }).strict(), Goal),
  update: defineCall('catalog/update', GoalRef.extend({ input: GoalInput.strict() }).strict(), Goal),
  archive: defineCall('catalog/archive', GoalRef, Goal),
  restore: defineCall('catalog/restore', GoalRef, Goal),
  searchUsers: defineCall('catalog/search-users', z.object({ query: PeopleQuery }).strict(), z.array(UserRef)),
} as const;
