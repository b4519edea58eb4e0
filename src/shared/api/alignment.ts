// Calls of the alignment tree explorer and the gaps radar (jira:globalPage), and the shapes they share with the
// project page: tree nodes with their totals and progress, and gaps with why they matter and who can fix them.
import { z } from 'zod';
import { defineCall, NoPayload } from '../contract';
import { Level } from '../levels';
import { EntityId, WellFormedText } from '../model/common';
import { CycleStage, GoalStatus } from '../model/goal';
import { GoalHealth } from '../model/goal-health';
import { ProjectLevel } from '../model/project-alignment';
import { ProgressRule, StatusCounts } from '../model/rollup';
import { AgreementBadge } from './agreements';
import { Person } from './person';

export { Person };

export const GAP_KINDS = [
  'epic-untagged',
  'project-untagged',
  'goal-no-work',
  'goal-missing-roles',
  'goal-skips-level',
  'archived-goal-work',
  'timeframe-ended',
  'input-unanswered',
  'agreement-unanswered',
  'agreement-at-risk',
  'goal-not-committed',
] as const;
export const GapKind = z.enum(GAP_KINDS);
export type GapKind = z.infer<typeof GapKind>;

/** The name of each kind of gap, in the words of the method. */
export const GAP_LABEL: Record<GapKind, string> = {
  'epic-untagged': 'Work without direction',
  'project-untagged': 'Project without a goal',
  'goal-no-work': 'Plan with no execution',
  'goal-missing-roles': 'Missing leader or manager',
  'goal-skips-level': 'Skipped level',
  'archived-goal-work': 'Work on an archived goal',
  'timeframe-ended': 'Timeframe ended, still active',
  'input-unanswered': 'Input unanswered for 14 days',
  'agreement-unanswered': 'Agreement unanswered for 7 days',
  'agreement-at-risk': 'Agreement at risk',
  'goal-not-committed': 'Not committed to its parent',
};

/** An epic with no goal of its own, in the same words on the issue panel, the project page and the Gaps tab. */
export const UNTAGGED_EPIC = {
  title: 'This epic has no goal',
  why: 'It only borrows its project’s goal, so its progress counts toward no goal and nobody chose what it serves.',
  /** The why where the project has no goal either. */
  whyNoProjectGoal: 'Neither the epic nor its project has a goal, so nobody can tell which strategy this work serves.',
  fix: 'Tag the epic with the goal it serves.',
  /** Above the project's chain, shown for context only. */
  context: 'Its project’s goal, for context:',
} as const;

const Points = z.object({ todo: z.number().nonnegative(), inProgress: z.number().nonnegative(), done: z.number().nonnegative() });

/** The work under a node that the viewer may see: epics, and their issues by status category and story points. */
export const Totals = z.object({ epics: z.number().int().nonnegative(), counts: StatusCounts, points: Points });
export type Totals = z.infer<typeof Totals>;

/** Share of the work done under the active progress rule, 0..1; null when there is no work to measure. */
export const Progress = z.number().min(0).max(1).nullable();

export const GoalNode = z.object({
  kind: z.literal('goal'),
  goalId: EntityId,
  title: z.string(),
  level: Level,
  status: GoalStatus,
  /** Its stage of the cycle. Always given by the tree, its subtree and the tree macro; optional for older fixtures. */
  stage: CycleStage.optional(),
  leader: Person,
  manager: Person,
  totals: Totals,
  progress: Progress,
  /** Sub-goals and projects shown when the node is expanded. */
  childGoals: z.number().int().nonnegative(),
  projects: z.number().int().nonnegative(),
  /** Titles of the goals above it, from the top; given where the node is shown out of its place (filter, search). */
  path: z.array(z.string()).optional(),
  /** True when the viewer sees no work under the goal but some exists where they may not look (nothing more is said). */
  workOutOfSight: z.boolean().optional(),
  gaps: z.array(GapKind),
  /** Its KPI health as last evaluated (null before its first evaluation); absent where the read does not carry it. */
  health: GoalHealth.nullable().optional(),
  /** Share of its timeframe gone by (0…1): where its progress would be on plan; null without both dates. */
  expected: z.number().min(0).max(1).nullable().optional(),
  /** Its support agreements at risk or long unanswered, as this viewer may see them. Always given by the tree, its
   *  subtree and the tree macro (absent when the macro's showAgreements is off); optional for older fixtures. */
  agreements: AgreementBadge.optional(),
});
export type GoalNode = z.infer<typeof GoalNode>;

export const ProjectNode = z.object({
  kind: z.literal('project'),
  /** The goal this node sits under. */
  goalId: EntityId,
  projectId: z.string(),
  key: z.string(),
  name: z.string(),
  /** The project's own alignment (level, leader, manager), when it has one. */
  level: ProjectLevel.nullable(),
  leader: Person,
  manager: Person,
  /** True when the project itself is aligned to this goal; false when only some of its epics are. */
  alignedHere: z.boolean(),
  totals: Totals,
  progress: Progress,
  path: z.array(z.string()).optional(),
  gaps: z.array(GapKind),
});
export type ProjectNode = z.infer<typeof ProjectNode>;

export const EpicStatus = z.object({ name: z.string(), category: z.enum(['todo', 'inProgress', 'done']) });
export type EpicStatus = z.infer<typeof EpicStatus>;

export const EpicNode = z.object({
  kind: z.literal('epic'),
  issueId: z.string(),
  key: z.string(),
  title: z.string(),
  status: EpicStatus.nullable(),
  level: Level.nullable(),
  leader: Person,
  manager: Person,
  totals: Totals,
  progress: Progress,
  gaps: z.array(GapKind),
});
export type EpicNode = z.infer<typeof EpicNode>;

export const TreeNode = z.discriminatedUnion('kind', [GoalNode, ProjectNode, EpicNode]);
export type TreeNode = z.infer<typeof TreeNode>;

/** What every read of roll-ups says about itself: how fresh, and by which rule progress is counted. */
export const Freshness = z.object({ asOf: z.string().nullable(), rule: ProgressRule });
export type Freshness = z.infer<typeof Freshness>;

/** One level's coverage, as the viewer may see it: its active goals, how many have work the viewer may browse
 *  (on the goal or below it), and how many have KPIs. */
export const LevelCoverage = z.object({
  level: Level,
  goals: z.number().int().nonnegative(),
  withWork: z.number().int().nonnegative(),
  withKpis: z.number().int().nonnegative(),
});
export type LevelCoverage = z.infer<typeof LevelCoverage>;

export const TreeView = Freshness.extend({
  mode: z.enum(['strategy', 'level', 'search']),
  nodes: z.array(TreeNode),
  /** Every level from the top. Always given by the tree's first screen; optional for older fixtures. */
  coverage: z.array(LevelCoverage).optional(),
});
export type TreeView = z.infer<typeof TreeView>;

export const ChildrenView = Freshness.extend({ nodes: z.array(TreeNode) });
export type ChildrenView = z.infer<typeof ChildrenView>;

export const TreeQuery = z.object({ level: Level.optional(), search: WellFormedText.trim().max(100).optional() }).strict();
export type TreeQuery = z.infer<typeof TreeQuery>;

export const NodeRef = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('goal'), goalId: EntityId }).strict(),
  z.object({ kind: z.literal('project'), goalId: EntityId, projectId: z.string().regex(/^\d{1,18}$/, 'not a project id') }).strict(),
]);
export type NodeRef = z.infer<typeof NodeRef>;

/** Where a gap is fixed: an issue, a project's settings, or a goal in the strategy workspace. */
export const FixTarget = z.discriminatedUnion('target', [
  z.object({ target: z.literal('issue'), issueKey: z.string() }),
  z.object({ target: z.literal('projectSettingsDetails'), projectKey: z.string() }),
  z.object({ target: z.literal('goal'), goalId: EntityId }),
]);
export type FixTarget = z.infer<typeof FixTarget>;

export const GapSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('goal'), id: EntityId, title: z.string() }),
  z.object({ kind: z.literal('project'), id: z.string(), key: z.string(), name: z.string() }),
  z.object({ kind: z.literal('epic'), id: z.string(), key: z.string(), title: z.string(), projectId: z.string(), projectKey: z.string() }),
]);
export type GapSubject = z.infer<typeof GapSubject>;

export const Gap = z.object({
  /** Stable across reads: the kind and the subject. */
  id: z.string(),
  kind: GapKind,
  /** The level the gap sits at; null for work not placed at any level yet. */
  level: Level.nullable(),
  subject: GapSubject,
  /** One sentence: what goes wrong while the gap stays open. */
  why: z.string(),
  /** Who can fix it, and what they do. */
  who: z.string(),
  fix: z.string(),
  link: FixTarget,
});
export type Gap = z.infer<typeof Gap>;

export const GapCount = z.object({
  level: Level.nullable(),
  total: z.number().int().nonnegative(),
  byKind: z.record(z.string(), z.number().int().nonnegative()),
});
export type GapCount = z.infer<typeof GapCount>;

export const GapsView = Freshness.extend({
  /** Per level from the top (then work with no level), only levels with gaps. */
  counts: z.array(GapCount),
  gaps: z.array(Gap),
  /** True when there were more untagged epics than one read returns; the list shows the first ones. */
  truncated: z.boolean(),
});
export type GapsView = z.infer<typeof GapsView>;

export const alignmentCalls = {
  tree: defineCall('alignment/tree', TreeQuery, TreeView),
  children: defineCall('alignment/children', z.object({ parent: NodeRef }).strict(), ChildrenView),
  gaps: defineCall('gaps/list', NoPayload, GapsView),
} as const;
