// Calls of the project alignment page (jira:projectPage): the project's chain up to strategy, its epics grouped
// by goal with progress, its untagged epics with a one-click tag, and its gaps.
import { z } from 'zod';
import { defineCall } from '../contract';
import { Level } from '../levels';
import { EntityId } from '../model/common';
import { GoalStatus } from '../model/goal';
import { ProjectLevel } from '../model/project-alignment';
import { EpicNode, EpicStatus, Freshness, Gap, Progress, Totals } from './alignment';
import { ChainLinkView, IssueRef, Person } from './panel';
import { ProjectRef } from './project-settings';

/** Where a project's epics are tagged (project page, issue panel), its own goal is offered first under these words. */
export const OWN_GOAL_LABEL = 'This project’s goal';

export const GoalRef = z.object({ id: EntityId, title: z.string(), level: Level, status: GoalStatus });
export type GoalRef = z.infer<typeof GoalRef>;

export const EpicGroup = z.object({
  /** The goal the epics are tagged with; null when that goal no longer exists. */
  goal: GoalRef.nullable(),
  goalId: z.string(),
  totals: Totals,
  progress: Progress,
  epics: z.array(EpicNode),
});
export type EpicGroup = z.infer<typeof EpicGroup>;

export const UntaggedEpic = z.object({ issueId: z.string(), key: z.string(), title: z.string(), status: EpicStatus.nullable() });
export type UntaggedEpic = z.infer<typeof UntaggedEpic>;

export const ProjectPageView = Freshness.extend({
  project: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  alignment: z.object({ level: ProjectLevel, goalId: EntityId, leader: Person, manager: Person }).nullable(),
  /** From the project's goal up to the strategy goal. */
  chain: z.array(ChainLinkView),
  reachesStrategy: z.boolean(),
  groups: z.array(EpicGroup),
  /** All tagged work of the project together. */
  totals: Totals,
  progress: Progress,
  untagged: z.array(UntaggedEpic),
  /** Whether Jira lets the viewer edit issues of this project, and so tag its epics. */
  canTag: z.boolean(),
  /** Whether the viewer may set the project's level and goal (a project administrator); false once it has them. */
  canAlign: z.boolean(),
  /** Live goals an epic of this project may be tagged with, from the top level down: any level, since a goal below
   *  the project's level makes the epic work at the goal's level. */
  tagGoals: z.array(GoalRef),
  /** The level new tags get: the project's level (or the goal's, where it sits below), or 'project' when it has none. */
  tagLevel: Level,
  gaps: z.array(Gap),
  /** True when the project has more epics than one read returns. */
  truncated: z.boolean(),
});
export type ProjectPageView = z.infer<typeof ProjectPageView>;

export const TagFromProject = z.object({ project: ProjectRef, issue: IssueRef, goalId: EntityId }).strict();

/** The epic is tagged. `view` is the page after the write, or null when the tag landed but reading the page again
 * failed (the page then says so and reads again, rather than calling a completed write a failure). */
export const TaggedFromProject = z.object({ view: ProjectPageView.nullable() });
export type TaggedFromProject = z.infer<typeof TaggedFromProject>;

export const projectPageCalls = {
  view: defineCall('project-page/view', z.object({ project: ProjectRef }).strict(), ProjectPageView),
  tagEpic: defineCall('project-page/tag-epic', TagFromProject, TaggedFromProject),
} as const;
