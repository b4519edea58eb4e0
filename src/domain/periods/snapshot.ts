// Reading a period's snapshots: each goal's frozen KPI cards and check-in, with the delivery signal recounted from
// the frozen work cut to the projects the reader may browse (a goal's own work and that of every goal below it the
// reader may see), so a snapshot is exactly as permission-true as a live read. Pure.
import type { GoalScorecard } from '../../shared/api/scorecards';
import type { GoalSummary } from '../../shared/model/goal';
import type { GoalSnapshot } from '../../shared/model/period';
import { goalTotals } from '../rollup/goal-rollup';
import { progress } from '../rollup/progress';
import { diagnose } from '../diagnosis';
import { buildGraph, descendantsOf } from '../goals/graph';
import { checkInDue } from '../kpi/check-in-due';
import { countStatuses, scorecardGoal, scorecardOrder } from '../kpi/scorecard';

export interface SnapshotReader {
  /** The projects the reader may browse. */
  browsable: ReadonlySet<string>;
  /** The goals of the snapshot the reader may see (decided by the visibility rule). */
  visible: ReadonlySet<string>;
}

export interface SnapshotScorecard {
  card: GoalScorecard;
  /** Share of the work done among the reader's projects; null without such work. */
  progress: number | null;
}

/** The reader's delivery figure for each visible goal, over its visible subtree. */
const deliveryOf = (snaps: readonly GoalSnapshot[], reader: SnapshotReader): Map<string, { ratio: number | null; unseen: boolean; none: boolean }> => {
  const visible = snaps.filter((s) => reader.visible.has(s.goal.id));
  const byId = new Map(visible.map((s) => [s.goal.id, s]));
  const graph = buildGraph(visible.map((s) => s.goal));
  const out = new Map<string, { ratio: number | null; unseen: boolean; none: boolean }>();
  for (const s of visible) {
    const ids = [s.goal.id, ...descendantsOf(graph, s.goal.id).map((g) => g.id)];
    const totals = ids.map((id) => goalTotals({ goalId: id, byProject: byId.get(id)?.work ?? {}, asOf: s.closedAt }, (p) => reader.browsable.has(p)));
    const counts = { todo: 0, inProgress: 0, done: 0 };
    const points = { todo: 0, inProgress: 0, done: 0 };
    let epics = 0;
    for (const t of totals) {
      epics += t.epics;
      for (const k of ['todo', 'inProgress', 'done'] as const) {
        counts[k] += t.counts[k];
        points[k] += t.points[k];
      }
    }
    const ratio = progress(counts, points, s.rule);
    const alignedSeen = ids.some((id) => (byId.get(id)?.alignedProjects ?? []).some((p) => reader.browsable.has(p)));
    // No work at all at the close, seen or not: the diagnosis says none was aligned, not that the reader cannot see it.
    const none = ids.every((id) => {
      const snap = byId.get(id);
      return (snap?.alignedProjects.length ?? 0) === 0 && Object.values(snap?.work ?? {}).every((w) => w.epics === 0);
    });
    out.set(s.goal.id, {
      ratio: ratio !== null && Number.isFinite(ratio) ? ratio : null,
      unseen: ratio === null && epics === 0 && !alignedSeen,
      none,
    });
  }
  return out;
};

/** The visible goals' scorecards as they stood at the close, in the workspace's order. */
export const snapshotScorecards = (snaps: readonly GoalSnapshot[], reader: SnapshotReader): Map<string, SnapshotScorecard> => {
  const delivery = deliveryOf(snaps, reader);
  const byId = new Map(snaps.map((s) => [s.goal.id, s]));
  const ordered: GoalSummary[] = scorecardOrder(snaps.filter((s) => reader.visible.has(s.goal.id)).map((s) => s.goal));
  const out = new Map<string, SnapshotScorecard>();
  for (const goal of ordered) {
    const s = byId.get(goal.id)!;
    const d = delivery.get(goal.id) ?? { ratio: null, unseen: true, none: false };
    const statuses = s.kpis.flatMap((c) => (c.evaluation.status !== null && !c.evaluation.stale ? [c.evaluation.status] : []));
    // A parent the reader may not see now (restricted since the close, or gone) is not named: no parent is shown.
    const parentShown = goal.parentId === null || reader.visible.has(goal.parentId);
    const card: GoalScorecard = {
      goal: scorecardGoal(parentShown ? goal : { ...goal, parentId: null }),
      kpis: s.kpis,
      counts: countStatuses(s.kpis),
      diagnosis: diagnose({
        deliveryProgress: d.ratio,
        noVisibleWork: d.unseen,
        noWorkAligned: d.none,
        level: goal.level,
        timeframe: goal.timeframe,
        kpiStatuses: statuses,
        leftOut: s.kpis.length - statuses.length,
        today: s.closedDay,
      }),
      checkIn: { last: s.lastCheckIn, due: checkInDue(goal, s.lastCheckIn?.date ?? null, s.closedDay) },
      canRecord: false,
      today: s.closedDay,
      agreementsAtRisk: [],
    };
    out.set(goal.id, { card, progress: d.ratio });
  }
  return out;
};
