// The alignment tree as a closed period left it: an alignment model built from the period's snapshots instead of
// today's catalog and roll-ups, then cut to the reader exactly as a live model is (only the goals they may see, only
// the work of projects they may browse now). Goals, their gaps and KPI health are judged on the close day. A
// snapshot keeps each goal's work split by project, not its epics, so the tree goes down to projects. Pure.
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { GoalHealth } from '../../shared/model/goal-health';
import type { GoalRollup } from '../../shared/model/rollup';
import type { GoalSnapshot } from '../../shared/model/period';
import { buildModel, type AlignmentModel, type ProjectRef } from '../alignment/tree-model';
import { progressOf } from '../alignment/tree-progress';
import { planSubtree, type SubtreePlan, type SubtreeRoot } from '../alignment/subtree';
import { healthState } from '../kpi/goal-health';
import { countStatuses } from '../kpi/scorecard';

export interface SnapshotTreeReader {
  /** The projects the reader may browse now. */
  projects: readonly ProjectRef[];
  /** The goals of the snapshot the reader may see (decided by the visibility rule). */
  visible: ReadonlySet<string>;
}

/** A project aligned at the close in a snapshot taken before alignments were kept: its goal, and nothing more. */
const bareAlignment = (s: GoalSnapshot, projectId: string): ProjectAlignment => ({
  projectId,
  goalId: s.goal.id,
  level: s.goal.level === 'functional' || s.goal.level === 'process' ? s.goal.level : 'project',
  leaderId: null,
  managerId: null,
  version: 0,
  updatedAt: s.closedAt,
  updatedBy: 'unknown',
  names: {},
});

/** A goal's KPI health on the close day, from the KPI cards the snapshot froze. */
export const snapshotHealth = (s: GoalSnapshot): GoalHealth => {
  const counts = countStatuses(s.kpis);
  const c = { kpis: s.kpis.length, ...counts };
  return { state: healthState(c), ...c, asOf: s.closedDay, computedAt: s.closedAt };
};

/** The model of the snapshot's goals the reader may see, with the frozen work cut to the projects they browse. */
export const snapshotModel = (snaps: readonly GoalSnapshot[], reader: SnapshotTreeReader): AlignmentModel => {
  const shown = snaps.filter((s) => reader.visible.has(s.goal.id));
  const people: Record<string, string> = Object.assign({}, ...shown.map((s) => s.people)) as Record<string, string>;
  const alignments = shown.flatMap((s) => s.alignments ?? s.alignedProjects.map((p) => bareAlignment(s, p)));
  const rollups = new Map<string, GoalRollup>(shown.map((s) => [s.goal.id, { goalId: s.goal.id, byProject: s.work, asOf: s.closedAt }]));
  const first = shown[0] ?? snaps[0];
  const model = buildModel({
    goals: shown.map((s) => s.goal),
    people,
    projects: reader.projects,
    alignments,
    rollups,
    rule: first?.rule ?? 'issues-done',
    progress: progressOf,
    today: first?.closedDay ?? '1970-01-01',
  });
  const health = Object.fromEntries(shown.map((s) => [s.goal.id, snapshotHealth(s)]));
  return { ...model, health, kpiCounts: health };
};

/** The rows below the roots, to `depth`, without epics (a snapshot keeps none): projects show their frozen totals. */
export const planSnapshotTree = (m: AlignmentModel, roots: readonly SubtreeRoot[], depth: number): SubtreePlan | undefined => {
  const plan = planSubtree(m, roots, depth);
  if (!plan) return undefined;
  // A project at the depth limit keeps back no epics a deeper tree could show.
  const items = plan.items.flatMap((i) => (i.kind !== 'row' ? [] : i.row.node.kind === 'project' ? [{ ...i, row: { ...i.row, hiddenChildren: 0 } }] : [i]));
  return { ...plan, items, slots: [], goalIds: [] };
};
