// The gaps radar's rules: where alignment is broken, as the viewer may see it. Each gap names its level, why it
// matters in one sentence, who can fix it and where. Pure: facts in, gaps out, ordered from the top level down.
import { GAP_KINDS, type Gap, type GapCount, type GapKind } from '../../shared/api/alignment';
import { LEVELS, type Level } from '../../shared/levels';
import type { GoalSummary } from '../../shared/model/goal';
import { rank } from '../levels';
import { skippedLevels } from '../goals/skipped-levels';
import { agreementGapKinds, agreementGaps } from './gaps-agreements';
import { goalGap, projectGaps, epicGap, type TaggedEpicFact, type UntaggedEpicFact } from './gaps-text';
import { hasWorkAnywhere, type AlignmentModel } from './tree-model';
import { inputGap, type UnansweredInput } from '../input/gaps';

export type { TaggedEpicFact, UntaggedEpicFact } from './gaps-text';

const isActive = (g: GoalSummary): boolean => g.status === 'active';

/** An active goal nothing serves, anywhere: work out of the viewer's sight still counts as execution. A Self goal is
 *  one person's own leadership (their growth, their way of working): it needs no epic, so it is never this gap. */
export const planWithoutWork = (m: AlignmentModel, g: GoalSummary): boolean => isActive(g) && g.level !== 'self' && !hasWorkAnywhere(m, g.id);
export const missingRoles = (g: GoalSummary): ('leader' | 'manager')[] =>
  isActive(g) ? [...(g.leaderId ? [] : (['leader'] as const)), ...(g.managerId ? [] : (['manager'] as const))] : [];
export const timeframeEnded = (g: GoalSummary, today: string): boolean => isActive(g) && g.timeframe.end !== null && g.timeframe.end < today;
/** The levels an active goal leaves out between itself and its parent, judged only when the viewer may see the parent. */
export const levelsSkipped = (m: AlignmentModel, g: GoalSummary): Level[] => {
  const parent = isActive(g) && g.parentId ? m.graph.byId.get(g.parentId) : undefined;
  return parent ? skippedLevels(parent.level, g.level) : [];
};
/** A goal nobody pursues any more, or one that no longer exists: work tagged to it counts toward nothing. */
export const isDeadGoal = (m: AlignmentModel, goalId: string): boolean => (m.graph.byId.get(goalId)?.status ?? 'archived') === 'archived';

/** The input gap of a goal, from the waiting input the caller passes or, else, the model's. */
const waitingGap = (m: AlignmentModel, g: GoalSummary, waitingInput = m.waitingInput): Gap | null => {
  const waiting = waitingInput?.get(g.id);
  return waiting ? inputGap(g, waiting, m.people) : null;
};

/** The kinds of gap a goal node carries in the tree, in the order the gaps radar lists them. */
export const goalGapKinds = (m: AlignmentModel, g: GoalSummary): GapKind[] => [
  ...(planWithoutWork(m, g) ? (['goal-no-work'] as const) : []),
  ...(missingRoles(g).length > 0 ? (['goal-missing-roles'] as const) : []),
  ...(levelsSkipped(m, g).length > 0 ? (['goal-skips-level'] as const) : []),
  ...(timeframeEnded(g, m.today) ? (['timeframe-ended'] as const) : []),
  ...(waitingGap(m, g) ? (['input-unanswered'] as const) : []),
  ...agreementGapKinds(m, g),
];

export const projectGapKinds = (m: AlignmentModel, projectId: string): GapKind[] => {
  const a = m.alignmentOf.get(projectId);
  if (!a) return ['project-untagged'];
  return isDeadGoal(m, a.goalId) ? ['archived-goal-work'] : [];
};

export interface GapFacts {
  model: AlignmentModel;
  /** Epics with no goal, as Jira lists them to the viewer. */
  untagged: readonly UntaggedEpicFact[];
  /** Epics tagged to goals that are archived or gone, as Jira lists them to the viewer. */
  onDeadGoals: readonly TaggedEpicFact[];
  /** Per goal, open input from the work that has waited 14 days or more (src/domain/input/gaps.ts); the model's
   *  own when absent. */
  waitingInput?: ReadonlyMap<string, UnansweredInput>;
}

const levelRank = (l: Level | null): number => (l === null ? LEVELS.length : rank(l));
const subjectTitle = (g: Gap): string => (g.subject.kind === 'goal' ? g.subject.title : g.subject.kind === 'project' ? g.subject.name : g.subject.key);

export const findGaps = ({ model: m, untagged, onDeadGoals, waitingInput }: GapFacts): Gap[] => {
  const gaps: Gap[] = [];
  for (const g of m.graph.byId.values()) {
    if (planWithoutWork(m, g)) gaps.push(goalGap(m, g, 'goal-no-work'));
    if (missingRoles(g).length > 0) gaps.push(goalGap(m, g, 'goal-missing-roles', missingRoles(g)));
    if (levelsSkipped(m, g).length > 0) gaps.push(goalGap(m, g, 'goal-skips-level'));
    if (timeframeEnded(g, m.today)) gaps.push(goalGap(m, g, 'timeframe-ended'));
    const inputWaits = waitingGap(m, g, waitingInput);
    if (inputWaits) gaps.push(inputWaits);
  }
  for (const p of m.projects.values()) gaps.push(...projectGaps(m, p, projectGapKinds(m, p.id)));
  for (const e of untagged) if (m.projects.has(e.projectId)) gaps.push(epicGap(m, e, 'epic-untagged'));
  for (const e of onDeadGoals) if (m.projects.has(e.projectId) && isDeadGoal(m, e.goalId)) gaps.push(epicGap(m, e, 'archived-goal-work'));
  gaps.push(...agreementGaps(m));
  return gaps.sort(
    (a, b) =>
      levelRank(a.level) - levelRank(b.level) || GAP_KINDS.indexOf(a.kind) - GAP_KINDS.indexOf(b.kind) || subjectTitle(a).localeCompare(subjectTitle(b)),
  );
};

/** Gaps per level from the top, then work at no level; only levels that have gaps. */
export const countByLevel = (gaps: readonly Gap[]): GapCount[] => {
  const out: GapCount[] = [];
  for (const level of [...LEVELS, null]) {
    const here = gaps.filter((g) => g.level === level);
    if (here.length === 0) continue;
    const byKind: Record<string, number> = {};
    for (const g of here) byKind[g.kind] = (byKind[g.kind] ?? 0) + 1;
    out.push({ level, total: here.length, byKind });
  }
  return out;
};

/** The gaps a project page shows: its own, its epics', and those of the goals in its chain. */
export const gapsOfProject = (gaps: readonly Gap[], projectId: string, chainGoalIds: readonly string[]): Gap[] =>
  gaps.filter((g) =>
    g.subject.kind === 'goal'
      ? chainGoalIds.includes(g.subject.id)
      : g.subject.kind === 'project'
        ? g.subject.id === projectId
        : g.subject.projectId === projectId,
  );
