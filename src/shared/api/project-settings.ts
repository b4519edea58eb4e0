// Calls of project tagging (jira:projectSettingsPage): the project's level, goal, leader and manager.
import { z } from 'zod';
import { defineCall } from '../contract';
import { AccountId, EntityId, PeopleQuery, Version } from '../model/common';
import { GoalSummary } from '../model/goal';
import { ProjectAlignment, ProjectLevel } from '../model/project-alignment';
import { UserRef } from './catalog';

export const ProjectRef = z
  .string()
  .trim()
  .regex(/^(\d{1,18}|[A-Z][A-Z0-9_]{0,19})$/, 'not a project id or key');

export const ProjectTagView = z.object({
  project: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  alignment: ProjectAlignment.nullable(),
  /** Whether the viewer holds the project-admin permission, as Jira says. */
  canEdit: z.boolean(),
  /** Goals a project may serve (live ones), plus its current goal even if archived. */
  goals: z.array(GoalSummary),
});
export type ProjectTagView = z.infer<typeof ProjectTagView>;

export const SaveProjectTag = z
  .object({
    project: ProjectRef,
    level: ProjectLevel,
    goalId: EntityId,
    leaderId: AccountId.nullable(),
    managerId: AccountId.nullable(),
    expectedVersion: Version,
  })
  .strict();
export type SaveProjectTag = z.infer<typeof SaveProjectTag>;

export const projectSettingsCalls = {
  get: defineCall('project-tag/get', z.object({ project: ProjectRef }).strict(), ProjectTagView),
  save: defineCall('project-tag/save', SaveProjectTag, ProjectTagView),
  clear: defineCall('project-tag/clear', z.object({ project: ProjectRef, expectedVersion: Version }).strict(), ProjectTagView),
  searchUsers: defineCall('project-tag/search-users', z.object({ query: PeopleQuery }).strict(), z.array(UserRef)),
} as const;
