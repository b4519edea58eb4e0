// Calls of the issue panel (jira:issuePanel): the goal behind an issue, and tagging an epic.
import { z } from 'zod';
import { defineCall } from '../contract';
import { EpicTag } from '../epic-tag';
import { Level } from '../levels';
import { AccountId, EntityId, PeopleQuery } from '../model/common';
import { CycleStage, GoalStatus, GoalSummary } from '../model/goal';
import { GoalHealth } from '../model/goal-health';
import { ProjectLevel } from '../model/project-alignment';
import { PanelInput } from './input-view';
import { ReliedOnLine, RelianceLine } from './agreements';
import { NamedUser, Person } from './person';

/** An issue key or numeric id, as Jira accepts it in a path. */
export const IssueRef = z
  .string()
  .trim()
  .regex(/^([A-Z][A-Z0-9_]{0,19}-\d{1,9}|\d{1,18})$/, 'not an issue key');

export { Person };

export const ChainGoal = z.object({
  kind: z.literal('goal'),
  id: EntityId,
  title: z.string(),
  level: Level,
  status: GoalStatus,
  /** Its stage of the cycle. Always given by the server; optional for older panels and fixtures. */
  stage: CycleStage.optional(),
  leader: Person,
  manager: Person,
  /** The goal's KPI health as last evaluated (the issue panel's marker); null before its first evaluation. */
  health: GoalHealth.nullable().optional(),
});
export const ChainLinkView = z.discriminatedUnion('kind', [ChainGoal, z.object({ kind: z.literal('missing'), id: z.string() })]);
export type ChainLinkView = z.infer<typeof ChainLinkView>;

export const IssueView = z.object({
  id: z.string(),
  key: z.string(),
  summary: z.string(),
  typeName: z.string(),
  isEpic: z.boolean(),
  isSubtask: z.boolean(),
  project: z.object({ id: z.string(), key: z.string(), name: z.string() }),
});

export const GoalContext = z.object({
  issue: IssueView,
  /** The epic the issue belongs to (itself when it is an epic). */
  epic: z.object({ id: z.string(), key: z.string(), summary: z.string(), leader: Person, manager: Person }).nullable(),
  /** Where the goal came from: the epic's tag, the project's tag as a fallback, or nothing. */
  source: z.enum(['epic', 'project', 'none']),
  epicTag: EpicTag.nullable(),
  projectAlignment: z.object({ level: ProjectLevel, goalId: EntityId, leader: Person, manager: Person }).nullable(),
  chain: z.array(ChainLinkView),
  reachesStrategy: z.boolean(),
  /** For an epic: whether this viewer may change its tag (Jira's edit permission). */
  canTagEpic: z.boolean(),
  /** The viewer's own input on the chain's goals (absent in answers to tagging, which do not read it). */
  input: PanelInput.optional(),
  /**
   * One line per support agreement a goal of the chain relies on (asked, countered or agreed), chain order, at most
   * RELIANCE_LINES_MAX. Always given by the server; optional so that older panels and fixtures stay valid.
   */
  reliesOn: z.array(RelianceLine).optional(),
  /** One line per support agreement another goal holds with a goal of the chain as its provider (asked, countered or
   *  agreed), chain order, at most RELIANCE_LINES_MAX; the same visibility and risks as `reliesOn`. */
  reliedOnBy: z.array(ReliedOnLine).optional(),
  /** The viewer's own Self goals under a goal of the chain (from the catalog the panel read anyway), chain order. */
  mySelfGoals: z.array(z.object({ id: EntityId, title: z.string(), parentId: EntityId, status: GoalStatus })).optional(),
  /**
   * Whether the viewer leads or manages an active goal (from the catalog the panel read anyway): only then does the
   * panel ask, after it has drawn, how much is due from them (`due/count`).
   */
  holdsRole: z.boolean().optional(),
});
export type GoalContext = z.infer<typeof GoalContext>;

export const TagEpicInput = z
  .object({
    issue: IssueRef,
    goalId: EntityId,
    level: Level,
    leaderId: AccountId.optional(),
    managerId: AccountId.optional(),
  })
  .strict();

export const TagOptions = z.object({
  /** Live goals an epic may be tagged with. */
  goals: z.array(GoalSummary),
  /** The level a new tag starts at: the project's level when the project is tagged. */
  defaultLevel: Level,
});
export type TagOptions = z.infer<typeof TagOptions>;

export const panelCalls = {
  tagOptions: defineCall('panel/tag-options', z.object({ issue: IssueRef }).strict(), TagOptions),
  searchUsers: defineCall('panel/search-users', z.object({ query: PeopleQuery }).strict(), z.array(NamedUser)),
  context: defineCall('panel/context', z.object({ issue: IssueRef }).strict(), GoalContext),
  tagEpic: defineCall('panel/tag-epic', TagEpicInput, GoalContext),
  clearEpicTag: defineCall('panel/clear-epic-tag', z.object({ issue: IssueRef }).strict(), GoalContext),
  /**
   * The chain's reliance lines judged with the work the viewer may see (work behind, a shift in execution), as the goal
   * page judges them. Asked after the panel has drawn, only when an agreed line could be at risk from its work, so the
   * panel's first answer keeps its budget. `goalIds` are the chain's goals as the panel showed them (a claim: only goals
   * and agreements the viewer may read come back).
   */
  reliance: defineCall(
    'panel/reliance',
    z.object({ issue: IssueRef, goalIds: z.array(EntityId).min(1).max(20) }).strict(),
    z.object({ reliesOn: z.array(RelianceLine) }),
  ),
} as const;
