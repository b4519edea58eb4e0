// The alignment model as ONE viewer may see it: every fact about projects and their work is first cut down to
// the projects that viewer may browse, so nothing computed from it (totals, progress, freshness, gaps) can carry
// anything of a project the viewer cannot see. Pure.
import type { Totals } from '../../shared/api/alignment';
import type { Person } from '../../shared/api/panel';
import type { GoalSummary } from '../../shared/model/goal';
import type { GoalHealth } from '../../shared/model/goal-health';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { GoalRollup, ProgressRule } from '../../shared/model/rollup';
import { agreementSignals, type AgreementFacts, type AgreementSignals } from '../agreements/signals';
import { buildGraph, type GoalGraph } from '../goals/graph';
import type { UnansweredInput } from '../input/gaps';
import { addTotals, ZERO, type ProgressFn } from './tree-progress';

export interface ProjectRef {
  id: string;
  key: string;
  /** Jira's name, asked only for the projects a view shows (one call covers every browsable project's id and key). */
  name?: string;
}

/** What a project is called in a view: its name when asked, else its key. */
export const projectName = (p: ProjectRef): string => p.name ?? p.key;

/** The model with Jira's names for some projects (those a view shows); the others keep what they had. */
export const withProjectNames = (m: AlignmentModel, names: Readonly<Record<string, string>>): AlignmentModel => {
  if (Object.keys(names).length === 0) return m;
  const projects = new Map([...m.projects].map(([id, p]) => [id, names[id] === undefined ? p : { ...p, name: names[id] }]));
  return { ...m, projects };
};

/** What the services gather; `projects` are the viewer's browsable projects, everything else may hold more. */
export interface AlignmentFacts {
  goals: readonly GoalSummary[];
  people: Readonly<Record<string, string>>;
  projects: readonly ProjectRef[];
  alignments: readonly ProjectAlignment[];
  rollups: ReadonlyMap<string, GoalRollup>;
  rule: ProgressRule;
  progress: ProgressFn;
  /** 'YYYY-MM-DD', for timeframes that have ended. */
  today: string;
}

export interface AlignmentModel {
  graph: GoalGraph;
  people: Readonly<Record<string, string>>;
  projects: ReadonlyMap<string, ProjectRef>;
  /** Alignment of each browsable project that has one. */
  alignmentOf: ReadonlyMap<string, ProjectAlignment>;
  /** Browsable projects aligned to each goal. */
  alignedTo: ReadonlyMap<string, readonly string[]>;
  /** Work tagged directly to each goal, by browsable project. */
  direct: ReadonlyMap<string, ReadonlyMap<string, Totals>>;
  rollupAsOf: ReadonlyMap<string, string>;
  /**
   * Goals with a project aligned or an epic tagged ANYWHERE, browsable or not. The one fact about hidden work the
   * model keeps, so that a goal whose work lies out of the viewer's sight is not called a plan with no execution.
   * It never feeds totals, progress, names or counts.
   */
  goalsWithWork: ReadonlySet<string>;
  rule: ProgressRule;
  progress: ProgressFn;
  today: string;
  /** The agreements this viewer may read, with their risk from the work they may see; absent when the surface reads
   *  none or the viewer reads no agreements (src/domain/agreements/readers.ts). */
  agreements?: AgreementSignals;
  /** Each visible goal's number of KPIs (the goal health board), when the surface read it beside the agreements. */
  kpiCounts?: Readonly<Record<string, { kpis: number }>>;
  /** Every goal's KPI health as last evaluated; absent when the read does not carry it. */
  health?: Readonly<Record<string, GoalHealth>>;
  /** Per goal, open input from the work that has waited 14 days or more; absent when the surface reads none. */
  waitingInput?: ReadonlyMap<string, UnansweredInput>;
}

export const buildModel = (f: AlignmentFacts): AlignmentModel => {
  const projects = new Map(f.projects.map((p) => [p.id, p]));
  const alignmentOf = new Map(f.alignments.filter((a) => projects.has(a.projectId)).map((a) => [a.projectId, a]));
  const alignedTo = new Map<string, string[]>();
  for (const a of alignmentOf.values()) alignedTo.set(a.goalId, [...(alignedTo.get(a.goalId) ?? []), a.projectId]);
  const direct = new Map<string, Map<string, Totals>>();
  const rollupAsOf = new Map<string, string>();
  for (const [goalId, r] of f.rollups) {
    const visible = new Map<string, Totals>();
    for (const [projectId, work] of Object.entries(r.byProject)) {
      if (projects.has(projectId) && work.epics > 0) visible.set(projectId, { epics: work.epics, counts: { ...work.counts }, points: { ...work.points } });
    }
    if (visible.size === 0) continue;
    direct.set(goalId, visible);
    // Only a roll-up that contributes something visible is "used": its time says nothing about hidden work.
    rollupAsOf.set(goalId, r.asOf);
  }
  const goalsWithWork = new Set([
    ...f.alignments.map((a) => a.goalId),
    ...[...f.rollups].filter(([, r]) => Object.values(r.byProject).some((w) => w.epics > 0)).map(([goalId]) => goalId),
  ]);
  return {
    graph: buildGraph(f.goals),
    people: f.people,
    projects,
    alignmentOf,
    alignedTo,
    direct,
    rollupAsOf,
    goalsWithWork,
    rule: f.rule,
    progress: f.progress,
    today: f.today,
  };
};

export const personOf = (id: string | null | undefined, names: Readonly<Record<string, string>>): Person =>
  id ? { accountId: id, displayName: names[id] ?? 'Unknown user' } : null;

/** The goal and all goals below it, each once, even on looping data. */
export const subtreeIds = (m: AlignmentModel, goalId: string): string[] => {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = [goalId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    for (const c of m.graph.children.get(id) ?? []) stack.push(c.id);
  }
  return out;
};

export const directTotals = (m: AlignmentModel, goalId: string): Totals => {
  let t = ZERO;
  for (const work of m.direct.get(goalId)?.values() ?? []) t = addTotals(t, work);
  return t;
};

/** A goal's own work and that of every goal below it: what its progress is measured on. */
export const subtreeTotals = (m: AlignmentModel, goalId: string): Totals => subtreeIds(m, goalId).reduce((t, id) => addTotals(t, directTotals(m, id)), ZERO);

/**
 * "As of": the latest roll-up time among the goals given (their visible work only); null when none was used. Roll-ups
 * are recounted by every issue event and by the hourly reconcile, so the numbers shown include every change counted up
 * to then; the latest, not the oldest, is what moves when a change is counted (after a save, the time shown moves).
 */
export const latestAsOf = (m: AlignmentModel, goalIds: Iterable<string>): string | null => {
  let latest: string | null = null;
  for (const id of goalIds) {
    const at = m.rollupAsOf.get(id);
    if (at !== undefined && (latest === null || at > latest)) latest = at;
  }
  return latest;
};

/** Whether any project or epic, seen by the viewer or not, serves the goal or a goal below it. */
export const hasWorkAnywhere = (m: AlignmentModel, goalId: string): boolean => subtreeIds(m, goalId).some((id) => m.goalsWithWork.has(id));

/** Whether any project the viewer sees is aligned to the goal or below it, or any epic they see is tagged there. */
export const hasVisibleWork = (m: AlignmentModel, goalId: string): boolean =>
  subtreeIds(m, goalId).some((id) => (m.alignedTo.get(id)?.length ?? 0) > 0 || (m.direct.get(id)?.size ?? 0) > 0);

/** Projects shown under a goal: those aligned to it and those with epics tagged to it, by key (known before names are). */
export const projectsUnder = (m: AlignmentModel, goalId: string): ProjectRef[] => {
  const ids = new Set([...(m.alignedTo.get(goalId) ?? []), ...(m.direct.get(goalId)?.keys() ?? [])]);
  return [...ids]
    .map((id) => m.projects.get(id))
    .filter((p): p is ProjectRef => p !== undefined)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};

/** Whether a project the viewer may browse is aligned to a goal: one of the ways to take part in the strategy. */
export const browsesAlignedProject = (m: AlignmentModel): boolean => m.alignmentOf.size > 0;

/** The model with the viewer's agreement signals: risk judged from the work the viewer may see under each provider. */
export const withAgreements = (m: AlignmentModel, facts: AgreementFacts): AlignmentModel => ({
  ...m,
  agreements: agreementSignals(facts, m.graph.byId, m.today, (goalId) => m.progress(m.rule, subtreeTotals(m, goalId))),
});
