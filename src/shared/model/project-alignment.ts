// A Jira project's place in the strategy: its level, the goal it serves, who leads and who manages it.
import { z } from 'zod';
import { AccountId, EntityId, PeopleNames, Version } from './common';

export const ProjectLevel = z.enum(['functional', 'process', 'project']);
export type ProjectLevel = z.infer<typeof ProjectLevel>;

export const ProjectAlignment = z.object({
  projectId: z.string().regex(/^\d{1,18}$/, 'not a Jira project id'),
  level: ProjectLevel,
  goalId: EntityId,
  leaderId: AccountId.nullable(),
  managerId: AccountId.nullable(),
  version: Version,
  updatedAt: z.string(),
  updatedBy: AccountId,
  names: PeopleNames.default({}),
});
export type ProjectAlignment = z.infer<typeof ProjectAlignment>;
