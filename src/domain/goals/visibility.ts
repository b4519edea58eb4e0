// Who sees a restricted goal. A goal is visible when, for every restricted goal among itself and its ancestors,
// the viewer is a strategy editor, leads or manages that goal or one below it, or may browse a project whose work
// serves that goal or one below it. So a hidden goal hides its whole subtree, and a goal's own people always see it.
import type { GoalSummary } from '../../shared/model/goal';
import { buildGraph, descendantsOf } from './graph';

export interface GoalViewer {
  accountId: string;
  isEditor: boolean;
  browsableProjectIds: ReadonlySet<string>;
}

/** Goal id → the projects whose work serves it directly (project alignments, projects with epics tagged to it). */
export type WorkIndex = ReadonlyMap<string, readonly string[]>;

export const hasRestrictedGoal = (goals: readonly Pick<GoalSummary, 'restricted'>[]): boolean => goals.some((g) => g.restricted);

/** The work index from what the app stores: project alignments and the per-project split of goal roll-ups. */
export const workIndexOf = (
  alignments: readonly { projectId: string; goalId: string }[],
  rollups: Iterable<readonly [string, { byProject: Record<string, { epics: number }> }]>,
): WorkIndex => {
  const out = new Map<string, string[]>();
  const add = (goalId: string, projectId: string) => out.set(goalId, [...(out.get(goalId) ?? []), projectId]);
  for (const a of alignments) add(a.goalId, a.projectId);
  for (const [goalId, r] of rollups) for (const [projectId, w] of Object.entries(r.byProject)) if (w.epics > 0) add(goalId, projectId);
  return out;
};

/** The restricted goals and every goal below them: the goals whose work decides who sees them. */
export const restrictedSubtreeIds = (goals: readonly GoalSummary[]): Set<string> => {
  const ids = new Set<string>();
  if (!hasRestrictedGoal(goals)) return ids;
  const graph = buildGraph(goals);
  for (const r of goals.filter((g) => g.restricted)) for (const g of [r, ...descendantsOf(graph, r.id)]) ids.add(g.id);
  return ids;
};

/**
 * An epic's tag as read from Jira, where anyone who may edit the epic can write it: a claim. A tag naming a goal in a
 * restricted subtree counts (as work that admits viewers, or as a chain on the issue panel) only when the app's own
 * mirror, written by the tagging use case after it checked the tagger may see the goal, names the same goal;
 * otherwise the epic counts as untagged. Tags naming any other goal reveal nothing and are taken as they are.
 */
export const vouchedTag = <T extends { goalId: string }>(
  tag: T | null | undefined,
  mirroredGoalId: string | undefined,
  restricted: Pick<ReadonlySet<string>, 'has'>,
): T | null => (!tag ? null : !restricted.has(tag.goalId) || mirroredGoalId === tag.goalId ? tag : null);

/**
 * The goal ids a tag read from Jira must be vouched for where a viewer reads it (the issue panel): the restricted
 * subtrees, and every id no goal has. A guessed id then answers as a restricted one does, and tells nothing of which
 * restricted goals exist.
 */
export const claimsToVouch = (goals: readonly GoalSummary[]): Pick<ReadonlySet<string>, 'has'> => {
  const restricted = restrictedSubtreeIds(goals);
  const known = new Set(goals.map((g) => g.id));
  return { has: (id) => restricted.has(id) || !known.has(id) };
};

/** The ids of the goals the viewer may see. */
export const visibleGoalIds = (goals: readonly GoalSummary[], viewer: GoalViewer, work: WorkIndex): Set<string> => {
  const all = new Set(goals.map((g) => g.id));
  if (viewer.isEditor || !hasRestrictedGoal(goals)) return all;
  const graph = buildGraph(goals);
  const admits = (r: GoalSummary): boolean =>
    [r, ...descendantsOf(graph, r.id)].some(
      (g) => g.leaderId === viewer.accountId || g.managerId === viewer.accountId || (work.get(g.id) ?? []).some((p) => viewer.browsableProjectIds.has(p)),
    );
  const hidden = new Set<string>();
  for (const r of goals) {
    if (!r.restricted || hidden.has(r.id) || admits(r)) continue;
    hidden.add(r.id);
    for (const d of descendantsOf(graph, r.id)) hidden.add(d.id);
  }
  for (const id of hidden) all.delete(id);
  return all;
};

/** The goals the viewer may see, in their order. */
export const visibleGoals = <G extends GoalSummary>(goals: readonly G[], viewer: GoalViewer, work: WorkIndex): G[] => {
  const ids = visibleGoalIds(goals, viewer, work);
  return goals.filter((g) => ids.has(g.id));
};
