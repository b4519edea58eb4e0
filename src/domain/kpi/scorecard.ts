// Composes the scorecards the UI and the Confluence macro show: a card per KPI, a scorecard per goal with its
// diagnosis and check-in state, and the organisation scorecard, one row per strategy goal summing its branch.
import type { GoalScorecard, KpiCard, OrganisationRow, ScorecardGoal, StatusCounts } from '../../shared/api/scorecards';
import type { CheckInSummary } from '../../shared/model/check-in';
import type { GoalSummary } from '../../shared/model/goal';
import type { GoalHealth } from '../../shared/model/goal-health';
import { DEFAULT_BANDS, type AutoMeasureRun, type HealthBands, type Kpi, type KpiStatus, type Measurement } from '../../shared/model/kpi';
import { diagnose } from '../diagnosis';
import { buildGraph, type GoalGraph } from '../goals/graph';
import { checkInDue } from './check-in-due';
import { evaluateSeries } from './evaluate';
import { toSeries } from './series';

/** A year of weekly values. */
export const SPARK_POINTS = 53;

export interface KpiData {
  kpi: Kpi;
  measurements: readonly Pick<Measurement, 'date' | 'value' | 'recordedAt'>[];
  run: AutoMeasureRun | null;
}

export interface GoalData {
  goal: GoalSummary;
  kpis: readonly KpiData[];
  deliveryProgress: number | null;
  /** No work the viewer can see serves the goal: the diagnosis says so rather than "not known yet". */
  noVisibleWork?: boolean;
  /** No work at all serves the goal (nor any goal below it): the diagnosis says none is aligned yet. */
  noWorkAligned?: boolean;
  lastCheckIn: CheckInSummary | null;
  canRecord: boolean;
  /** Bands for KPIs without their own (the admin page's default); 95% and 85% when absent. */
  defaultBands?: HealthBands;
}

export const kpiCard = ({ kpi, measurements, run }: KpiData, today: string, defaultBands: HealthBands = DEFAULT_BANDS): KpiCard => {
  const series = toSeries(measurements);
  return { kpi, evaluation: evaluateSeries(kpi, series, today, run, defaultBands), points: series.slice(-SPARK_POINTS), automatic: run };
};

export const countStatuses = (cards: readonly KpiCard[]): StatusCounts => {
  const counts: StatusCounts = { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0, stale: 0 };
  for (const { evaluation: e } of cards) {
    if (e.status === null) counts.noData++;
    else if (e.stale) counts.stale++;
    else if (e.status === 'on-track') counts.onTrack++;
    else if (e.status === 'at-risk') counts.atRisk++;
    else counts.offTrack++;
  }
  return counts;
};

/** Statuses that count for the outcome signal: current ones only. */
const outcomeOf = (cards: readonly KpiCard[]): { statuses: KpiStatus[]; leftOut: number } => {
  const statuses = cards.flatMap((c) => (c.evaluation.status !== null && !c.evaluation.stale ? [c.evaluation.status] : []));
  return { statuses, leftOut: cards.length - statuses.length };
};

export const scorecardGoal = (g: GoalSummary): ScorecardGoal => ({
  id: g.id,
  title: g.title,
  level: g.level,
  status: g.status,
  parentId: g.parentId,
  leaderId: g.leaderId,
  managerId: g.managerId,
  timeframe: g.timeframe,
});

export const goalScorecard = (data: GoalData, today: string): GoalScorecard => {
  const kpis = data.kpis.map((k) => kpiCard(k, today, data.defaultBands)).sort((a, b) => a.kpi.name.localeCompare(b.kpi.name));
  const outcome = outcomeOf(kpis);
  return {
    goal: scorecardGoal(data.goal),
    kpis,
    counts: countStatuses(kpis),
    diagnosis: diagnose({
      deliveryProgress: data.deliveryProgress,
      noVisibleWork: data.noVisibleWork,
      noWorkAligned: data.noWorkAligned,
      level: data.goal.level,
      timeframe: data.goal.timeframe,
      kpiStatuses: outcome.statuses,
      leftOut: outcome.leftOut,
      today,
    }),
    checkIn: { last: data.lastCheckIn, due: checkInDue(data.goal, data.lastCheckIn?.date ?? null, today) },
    canRecord: data.canRecord,
  };
};

/** The goal and every goal below it that is not archived, parents before children. */
export const branchOf = (graph: GoalGraph, rootId: string): GoalSummary[] => {
  const out: GoalSummary[] = [];
  const seen = new Set<string>();
  const walk = (g: GoalSummary) => {
    if (seen.has(g.id) || g.status === 'archived') return;
    seen.add(g.id);
    out.push(g);
    for (const c of graph.children.get(g.id) ?? []) walk(c);
  };
  const root = graph.byId.get(rootId);
  if (root) walk(root);
  return out;
};

/** Goals that are not archived, each strategy branch in turn (depth first), then any goal outside them. */
export const scorecardOrder = (goals: readonly GoalSummary[]): GoalSummary[] => {
  const graph = buildGraph(goals);
  const ordered = graph.roots.filter((g) => g.level === 'strategy').flatMap((g) => branchOf(graph, g.id));
  const placed = new Set(ordered.map((g) => g.id));
  return ordered.concat(goals.filter((g) => !placed.has(g.id) && g.status !== 'archived'));
};

/** A goal's KPIs as the organisation scorecard needs them: its status counts and how many KPIs it has. */
export interface KpiTally {
  counts: StatusCounts;
  kpis: number;
}

/** The tally of a goal's scorecard. */
export const tallyOf = (card: GoalScorecard): KpiTally => ({ counts: card.counts, kpis: card.kpis.length });

/** A goal's tally from its scorecard where one was read, else from its health in the board (which holds the same
 *  counts); undefined when neither is known. */
export const tallyFrom = (card: GoalScorecard | undefined, h: GoalHealth | undefined): KpiTally | undefined =>
  card
    ? tallyOf(card)
    : h
      ? { counts: { onTrack: h.onTrack, atRisk: h.atRisk, offTrack: h.offTrack, noData: h.noData, stale: h.stale }, kpis: h.kpis }
      : undefined;

const addCounts = (a: StatusCounts, b: StatusCounts): StatusCounts => ({
  onTrack: a.onTrack + b.onTrack,
  atRisk: a.atRisk + b.atRisk,
  offTrack: a.offTrack + b.offTrack,
  noData: a.noData + b.noData,
  stale: a.stale + b.stale,
});

/** Current statuses count for the outcome signal; stale and unmeasured KPIs are left out (as outcomeOf). */
const statusesOf = (c: StatusCounts): KpiStatus[] => [
  ...Array<KpiStatus>(c.onTrack).fill('on-track'),
  ...Array<KpiStatus>(c.atRisk).fill('at-risk'),
  ...Array<KpiStatus>(c.offTrack).fill('off-track'),
];

/**
 * The organisation scorecard: one row per live strategy goal over its whole branch. Takes each goal's tally (from
 * its scorecard, or from the goal health board, which holds the same counts), so it needs no goal's measurements.
 */
export const organisationRows = (
  goals: readonly GoalSummary[],
  tallies: (goalId: string) => KpiTally | undefined,
  deliveryOf: (goalId: string) => number | null,
  today: string,
  unseen: (goalId: string) => boolean = () => false,
  unaligned: (goalId: string) => boolean = () => false,
): OrganisationRow[] => {
  const graph = buildGraph(goals);
  return graph.roots
    .filter((g) => g.level === 'strategy' && g.status !== 'archived')
    .map((g) => {
      const branch = branchOf(graph, g.id)
        .map((b) => tallies(b.id))
        .filter((t): t is KpiTally => t !== undefined);
      const counts = branch.reduce((sum, t) => addCounts(sum, t.counts), { onTrack: 0, atRisk: 0, offTrack: 0, noData: 0, stale: 0 });
      const statuses = statusesOf(counts);
      const kpis = branch.reduce((n, t) => n + t.kpis, 0);
      return {
        goalId: g.id,
        title: g.title,
        counts,
        goalsWithKpis: branch.filter((t) => t.kpis > 0).length,
        // The branch's KPIs, said to be the branch's: the strategy goal's own card counts only its own.
        diagnosis: diagnose({
          deliveryProgress: deliveryOf(g.id),
          noVisibleWork: unseen(g.id),
          noWorkAligned: unaligned(g.id),
          timeframe: g.timeframe,
          kpiStatuses: statuses,
          leftOut: kpis - statuses.length,
          kpiScope: 'branch',
          today,
        }),
      };
    });
};
