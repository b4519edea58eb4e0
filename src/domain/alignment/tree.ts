// The alignment tree, one level at a time: strategy goal → child goals by level → projects → epics → issues as
// counts. Every node carries its level, leader, manager, status and progress; a goal's progress sums its own
// epics and those of every goal below it. Built only from the viewer's model, so it is permission-true. Pure.
import type { EpicNode, EpicStatus, GoalNode, ProjectNode, TreeNode, TreeQuery, TreeView } from '../../shared/api/alignment';
import type { EpicTag } from '../../shared/epic-tag';
import type { GoalSummary } from '../../shared/model/goal';
import type { EpicRollup } from '../../shared/model/rollup';
import { elapsedShare } from '../diagnosis';
import { ancestorsOf } from '../goals/graph';
import { rank } from '../levels';
import { goalGapKinds, isDeadGoal, projectGapKinds } from './gaps';
import {
  hasVisibleWork,
  hasWorkAnywhere,
  latestAsOf,
  personOf,
  projectName,
  projectsUnder,
  subtreeIds,
  subtreeTotals,
  type AlignmentModel,
  type ProjectRef,
} from './tree-model';
import { ZERO } from './tree-progress';

const SEARCH_LIMIT = 50;

const pathOf = (m: AlignmentModel, goalId: string): string[] =>
  ancestorsOf(m.graph, goalId)
    .map((g) => g.title)
    .reverse();

/** Sub-goals shown under a goal: archived ones only while visible work still hangs on them. */
export const childGoalsOf = (m: AlignmentModel, goalId: string): GoalSummary[] =>
  [...(m.graph.children.get(goalId) ?? [])]
    .filter((c) => c.status !== 'archived' || hasVisibleWork(m, c.id))
    .sort((a, b) => rank(a.level) - rank(b.level) || a.title.localeCompare(b.title));

export const goalNode = (m: AlignmentModel, g: GoalSummary, withPath = false): GoalNode => {
  const totals = subtreeTotals(m, g.id);
  return {
    kind: 'goal',
    goalId: g.id,
    title: g.title,
    level: g.level,
    status: g.status,
    stage: g.stage,
    leader: personOf(g.leaderId, m.people),
    manager: personOf(g.managerId, m.people),
    totals,
    progress: m.progress(m.rule, totals),
    childGoals: childGoalsOf(m, g.id).length,
    projects: projectsUnder(m, g.id).length,
    ...(withPath ? { path: pathOf(m, g.id) } : {}),
    ...(totals.epics === 0 && !hasVisibleWork(m, g.id) && hasWorkAnywhere(m, g.id) ? { workOutOfSight: true } : {}),
    gaps: goalGapKinds(m, g),
    expected: elapsedShare(g.timeframe, m.today),
    ...(m.health ? { health: m.health[g.id] ?? null } : {}),
    ...(m.agreements ? { agreements: m.agreements.badgeOf(g.id) } : {}),
  };
};

export const projectNode = (m: AlignmentModel, goalId: string, p: ProjectRef, withPath = false): ProjectNode => {
  const a = m.alignmentOf.get(p.id);
  const totals = m.direct.get(goalId)?.get(p.id) ?? ZERO;
  const names = { ...m.people, ...(a?.names ?? {}) };
  const goal = m.graph.byId.get(goalId);
  return {
    kind: 'project',
    goalId,
    projectId: p.id,
    key: p.key,
    name: projectName(p),
    level: a?.level ?? null,
    leader: personOf(a?.leaderId, names),
    manager: personOf(a?.managerId, names),
    alignedHere: a?.goalId === goalId,
    totals,
    progress: m.progress(m.rule, totals),
    ...(withPath ? { path: goal ? [...pathOf(m, goalId), goal.title] : [] } : {}),
    gaps: projectGapKinds(m, p.id),
  };
};

const live = (g: GoalSummary): boolean => g.status !== 'archived';

/** The first screen: strategy goals; or every goal at one level; or goals and projects matching a search. */
export const rootNodes = (m: AlignmentModel, q: TreeQuery): Omit<TreeView, 'rule'> => {
  const goals = [...m.graph.byId.values()].filter(live).sort((a, b) => rank(a.level) - rank(b.level) || a.title.localeCompare(b.title));
  const text = q.search?.toLocaleLowerCase() ?? '';
  if (text !== '') {
    const hits: TreeNode[] = goals
      .filter((g) => (!q.level || g.level === q.level) && g.title.toLocaleLowerCase().includes(text))
      .map((g) => goalNode(m, g, true));
    const projects = q.level
      ? []
      : [...m.projects.values()].filter(
          (p) => m.alignmentOf.has(p.id) && (projectName(p).toLocaleLowerCase().includes(text) || p.key.toLocaleLowerCase() === text),
        );
    hits.push(...projects.map((p) => projectNode(m, m.alignmentOf.get(p.id)!.goalId, p, true)));
    const shown = hits.slice(0, SEARCH_LIMIT);
    return {
      mode: 'search',
      nodes: shown,
      asOf: latestAsOf(
        m,
        shown.flatMap((n) => (n.kind === 'goal' ? subtreeIds(m, n.goalId) : n.kind === 'project' ? [n.goalId] : [])),
      ),
    };
  }
  const roots = q.level ? goals.filter((g) => g.level === q.level) : goals.filter((g) => g.level === 'strategy');
  return {
    mode: q.level ? 'level' : 'strategy',
    nodes: roots.map((g) => goalNode(m, g, q.level !== undefined && q.level !== 'strategy')),
    asOf: latestAsOf(
      m,
      roots.flatMap((g) => subtreeIds(m, g.id)),
    ),
  };
};

/** A goal expanded: its sub-goals by level, then the projects whose work serves it. Undefined for an unknown goal. */
export const goalChildren = (m: AlignmentModel, goalId: string): { nodes: TreeNode[]; asOf: string | null } | undefined => {
  if (!m.graph.byId.has(goalId)) return undefined;
  const goals = childGoalsOf(m, goalId);
  const nodes: TreeNode[] = [...goals.map((g) => goalNode(m, g)), ...projectsUnder(m, goalId).map((p) => projectNode(m, goalId, p))];
  return { nodes, asOf: latestAsOf(m, [goalId, ...goals.flatMap((g) => subtreeIds(m, g.id))]) };
};

/** What Jira, read as the viewer, says about an epic: an epic Jira does not return is not shown. */
export interface EpicInfo {
  id: string;
  key: string;
  projectId: string;
  title: string;
  status: EpicStatus | null;
  tag: EpicTag | null;
}

const keyOrder = (a: { key: string }, b: { key: string }): number => {
  const [pa, na] = a.key.split('-');
  const [pb, nb] = b.key.split('-');
  return (pa ?? '').localeCompare(pb ?? '') || Number(na) - Number(nb);
};

/** A project under a goal expanded: its epics tagged to that goal, each with its issues as counts. */
export const epicNodes = (
  m: AlignmentModel,
  epics: readonly EpicRollup[],
  info: ReadonlyMap<string, EpicInfo>,
  names: Readonly<Record<string, string>>,
): { nodes: EpicNode[]; asOf: string | null } => {
  const shown = epics.filter((e) => m.projects.has(e.projectId) && info.has(e.epicId));
  const nodes = shown.map((e): EpicNode => {
    const i = info.get(e.epicId)!;
    const totals = { epics: 1, counts: e.counts, points: e.points };
    const goalId = i.tag?.goalId ?? e.goalId;
    return {
      kind: 'epic',
      issueId: e.epicId,
      key: i.key,
      title: i.title,
      status: i.status,
      level: i.tag?.level ?? null,
      leader: personOf(i.tag?.leaderId, names),
      manager: personOf(i.tag?.managerId, names),
      totals,
      progress: m.progress(m.rule, totals),
      gaps: goalId && isDeadGoal(m, goalId) ? ['archived-goal-work'] : [],
    };
  });
  const asOf = shown.reduce<string | null>((latest, e) => (latest === null || e.asOf > latest ? e.asOf : latest), null);
  return { nodes: nodes.sort(keyOrder), asOf };
};
