// The project page's picture of one project: its chain up to strategy, its epics grouped by the goal each is
// tagged with (the epic's own tag is the truth; roll-ups give the counts), its untagged epics and its gaps. Pure.
import type { EpicNode } from '../../shared/api/alignment';
import type { ChainLinkView } from '../../shared/api/panel';
import type { EpicGroup, GoalRef, ProjectPageView } from '../../shared/api/project-page';
import type { Level } from '../../shared/levels';
import type { GoalSummary } from '../../shared/model/goal';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { EpicRollup, ProgressRule } from '../../shared/model/rollup';
import { goalChain } from '../goals/chain';
import { rank } from '../levels';
import { findGaps, gapsOfProject } from './gaps';
import { epicNodes, type EpicInfo } from './tree';
import { buildModel, personOf, type ProjectRef } from './tree-model';
import { addTotals, ZERO, type ProgressFn } from './tree-progress';

export interface ProjectPageFacts {
  project: Required<ProjectRef>;
  alignment: ProjectAlignment | null;
  goals: readonly GoalSummary[];
  people: Readonly<Record<string, string>>;
  /** Every epic of the project, as Jira lists them to the viewer, with its tag. */
  epics: readonly EpicInfo[];
  /** The app's roll-ups of the project's epics. */
  rollups: readonly EpicRollup[];
  canTag: boolean;
  /** Whether the viewer may align the project in its settings (asked only while it serves no goal). */
  canAlign?: boolean;
  truncated: boolean;
  rule: ProgressRule;
  progress: ProgressFn;
  today: string;
}

const goalRef = (g: GoalSummary): GoalRef => ({ id: g.id, title: g.title, level: g.level, status: g.status });

export const composeProjectPage = (f: ProjectPageFacts): ProjectPageView => {
  const model = buildModel({
    goals: f.goals,
    people: f.people,
    projects: [f.project],
    alignments: f.alignment ? [f.alignment] : [],
    rollups: new Map(),
    rule: f.rule,
    progress: f.progress,
    today: f.today,
  });
  const names = { ...f.people, ...(f.alignment?.names ?? {}) };
  const computed = f.alignment ? goalChain(model.graph, f.alignment.goalId) : { links: [], reachesStrategy: false };
  const chain = computed.links.map((l): ChainLinkView =>
    l.kind === 'missing'
      ? { kind: 'missing', id: l.goalId }
      : {
          kind: 'goal',
          id: l.goal.id,
          title: l.goal.title,
          level: l.goal.level,
          status: l.goal.status,
          leader: personOf(l.goal.leaderId, names),
          manager: personOf(l.goal.managerId, names),
        },
  );

  // Counts come from the roll-ups; an epic the roll-ups have not seen yet shows with no work rather than not at all.
  const byEpic = new Map(f.rollups.map((r) => [r.epicId, r]));
  const tagged = f.epics.filter((e) => e.tag !== null);
  const asRollup = (e: EpicInfo): EpicRollup =>
    byEpic.get(e.id) ?? { epicId: e.id, projectId: f.project.id, goalId: e.tag?.goalId ?? null, counts: ZERO.counts, points: ZERO.points, asOf: '' };
  const { nodes } = epicNodes(model, tagged.map(asRollup), new Map(tagged.map((e) => [e.id, { ...e, projectId: f.project.id }])), names);
  const groupOf = new Map<string, EpicNode[]>();
  for (const n of nodes) {
    const goalId = tagged.find((e) => e.id === n.issueId)!.tag!.goalId;
    groupOf.set(goalId, [...(groupOf.get(goalId) ?? []), n]);
  }
  const groups: EpicGroup[] = [...groupOf].map(([goalId, epics]) => {
    const goal = model.graph.byId.get(goalId);
    const totals = epics.reduce((t, e) => addTotals(t, e.totals), ZERO);
    return { goalId, goal: goal ? goalRef(goal) : null, totals, progress: f.progress(f.rule, totals), epics };
  });
  groups.sort((a, b) => (a.goal ? rank(a.goal.level) : 9) - (b.goal ? rank(b.goal.level) : 9) || (a.goal?.title ?? '').localeCompare(b.goal?.title ?? ''));

  const untagged = f.epics.filter((e) => e.tag === null);
  const all = groups.reduce((t, g) => addTotals(t, g.totals), ZERO);
  const gaps = findGaps({
    model,
    untagged: untagged.map((e) => ({ id: e.id, key: e.key, title: e.title, projectId: f.project.id })),
    onDeadGoals: tagged.map((e) => ({ id: e.id, key: e.key, title: e.title, projectId: f.project.id, goalId: e.tag!.goalId, level: e.tag!.level })),
  });
  const tagLevel: Level = f.alignment?.level ?? 'project';
  const used = f.rollups.filter((r) => tagged.some((e) => e.id === r.epicId)).map((r) => r.asOf);
  return {
    project: f.project,
    alignment: f.alignment
      ? { level: f.alignment.level, goalId: f.alignment.goalId, leader: personOf(f.alignment.leaderId, names), manager: personOf(f.alignment.managerId, names) }
      : null,
    chain,
    reachesStrategy: computed.reachesStrategy,
    groups,
    totals: all,
    progress: f.progress(f.rule, all),
    untagged: untagged.map((e) => ({ issueId: e.id, key: e.key, title: e.title, status: e.status })),
    canTag: f.canTag,
    canAlign: f.canAlign ?? false,
    tagGoals: [...model.graph.byId.values()]
      .filter((g) => g.status !== 'archived')
      .sort((a, b) => rank(a.level) - rank(b.level) || a.title.localeCompare(b.title))
      .map(goalRef),
    tagLevel,
    gaps: gapsOfProject(
      gaps,
      f.project.id,
      chain.flatMap((l) => (l.kind === 'goal' ? [l.id] : [])),
    ),
    truncated: f.truncated,
    asOf: used.length === 0 ? null : used.reduce((a, b) => (b > a ? b : a)),
    rule: f.rule,
  };
};
