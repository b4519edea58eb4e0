// Use cases: the scorecards of the strategy workspace (every goal, and the organisation across the strategy
// goals) and one goal's scorecard (what the Confluence scorecard macro shows). Reads through the ports, then
// lets the domain evaluate, diagnose and compose.
import { mayRecordOn } from '../../domain/kpi/access';
import { goalScorecard, organisationRows, scorecardOrder, SPARK_POINTS, tallyFrom, type KpiData } from '../../domain/kpi/scorecard';
import type { GoalScorecard, ScorecardsView } from '../../shared/api/scorecards';
import type { RelianceLine } from '../../shared/api/agreements';
import type { GoalSummary } from '../../shared/model/goal';
import type { Kpi } from '../../shared/model/kpi';
import { goalFor, todayOf, type ScorecardDeps } from './scorecard-deps';
import { readVisibleCatalog } from '../goals/goal-visibility';
import { pageOfGoals, type GoalPageCursor } from '../../shared/api/goal-pages';

type Deps = Pick<
  ScorecardDeps,
  | 'catalog'
  | 'viewer'
  | 'kpis'
  | 'measurements'
  | 'checkIns'
  | 'isEditor'
  | 'deliveryProgress'
  | 'unseenWork'
  | 'unalignedWork'
  | 'agreementsAtRisk'
  | 'defaultBands'
  | 'now'
> &
  Partial<Pick<ScorecardDeps, 'health'>>;

const NONE: ReadonlySet<string> = new Set();
const unseenOf = (deps: Pick<Deps, 'unseenWork'>, goalIds: readonly string[]) => (deps.unseenWork ? deps.unseenWork(goalIds) : Promise.resolve(NONE));
const unalignedOf = (deps: Pick<Deps, 'unalignedWork'>, goalIds: readonly string[]) =>
  deps.unalignedWork ? deps.unalignedWork(goalIds) : Promise.resolve(NONE);

const NO_LINES: ReadonlyMap<string, RelianceLine[]> = new Map();
const atRisk = (deps: Pick<Deps, 'agreementsAtRisk'>, goalIds: readonly string[]) =>
  deps.agreementsAtRisk ? deps.agreementsAtRisk(goalIds) : Promise.resolve(NO_LINES);

/** Enough measurements for a year-long sparkline; the trend and forecast use fewer. */
const READ_POINTS = SPARK_POINTS + 7;

export const kpiData = async (deps: Pick<Deps, 'kpis' | 'measurements'>, kpis: readonly Kpi[]): Promise<Map<string, KpiData[]>> => {
  const automatic = kpis.filter((k) => k.source.kind !== 'manual').map((k) => k.id);
  const [runs, series] = await Promise.all([
    deps.kpis.runs(automatic),
    Promise.all(kpis.map(async (kpi) => ({ kpi, measurements: await deps.measurements.recent(kpi.id, READ_POINTS) }))),
  ]);
  const byGoal = new Map<string, KpiData[]>();
  for (const { kpi, measurements } of series) byGoal.set(kpi.goalId, [...(byGoal.get(kpi.goalId) ?? []), { kpi, measurements, run: runs.get(kpi.id) ?? null }]);
  return byGoal;
};

export const readScorecards = async (deps: Deps, accountId: string, cursor?: GoalPageCursor): Promise<ScorecardsView> => {
  const [snapshot, kpis, latest, isEditor, defaultBands] = await Promise.all([
    readVisibleCatalog(deps),
    deps.kpis.all(),
    deps.checkIns.latest(),
    deps.isEditor(),
    deps.defaultBands(),
  ]);
  const all = scorecardOrder(snapshot.goals);
  // The cards come a page at a time (a large site's would pass 1 MB), each page reading its own goals' measurements
  // only. The first page also carries the organisation rows over every goal: their KPI counts come from the goal
  // health board (the same counts, kept fresh by every KPI change and the daily job), so no page reads every KPI.
  const first = cursor === undefined;
  const page = pageOfGoals(all, cursor);
  const goals = page.items;
  const roots = first ? all.filter((g) => g.level === 'strategy').map((g) => g.id) : [];
  const ids = new Set(goals.map((g) => g.id));
  const withRoots = [...new Set([...ids, ...roots])];
  const [byGoal, delivery, unseen, unaligned, lines, board] = await Promise.all([
    kpiData(
      deps,
      kpis.filter((k) => ids.has(k.goalId)),
    ),
    deps.deliveryProgress(withRoots),
    unseenOf(deps, withRoots),
    unalignedOf(deps, withRoots),
    atRisk(
      deps,
      goals.map((g) => g.id),
    ),
    first && deps.health ? deps.health.read() : undefined,
  ]);
  const today = todayOf(deps.now());
  const cards = new Map<string, GoalScorecard>();
  for (const goal of goals) {
    cards.set(goal.id, {
      ...goalScorecard(
        {
          goal,
          kpis: byGoal.get(goal.id) ?? [],
          deliveryProgress: delivery.get(goal.id) ?? null,
          noVisibleWork: unseen.has(goal.id),
          noWorkAligned: unaligned.has(goal.id),
          lastCheckIn: latest.latest[goal.id] ?? null,
          canRecord: mayRecordOn(goal, accountId, isEditor),
          defaultBands,
        },
        today,
      ),
      agreementsAtRisk: lines.get(goal.id) ?? [],
    });
  }
  return {
    today,
    canEditKpis: isEditor,
    organisation: first
      ? organisationRows(
          snapshot.goals,
          (id) => tallyFrom(cards.get(id), board?.goals[id]),
          (id) => delivery.get(id) ?? null,
          today,
          (id) => unseen.has(id),
          (id) => unaligned.has(id),
        )
      : [],
    goals: page.items.map((g) => cards.get(g.id)!),
    cursor: page.cursor,
    totalGoals: all.length,
    people: Object.entries(snapshot.people).map(([id, displayName]) => ({ accountId: id, displayName })),
  };
};

export const readGoalScorecard = async (deps: Deps, accountId: string, goalId: string): Promise<GoalScorecard> => {
  const goal: GoalSummary = await goalFor(deps, goalId);
  const [kpis, latest, delivery, unseen, unaligned, defaultBands, lines] = await Promise.all([
    deps.kpis.ofGoal(goalId),
    deps.checkIns.latest(),
    deps.deliveryProgress([goalId]),
    unseenOf(deps, [goalId]),
    unalignedOf(deps, [goalId]),
    deps.defaultBands(),
    atRisk(deps, [goalId]),
  ]);
  const byGoal = await kpiData(deps, kpis);
  // The editor check costs Jira calls: skip it when the goal's own roles already allow recording.
  const canRecord = mayRecordOn(goal, accountId, false) || (await deps.isEditor());
  const today = todayOf(deps.now());
  return {
    ...goalScorecard(
      {
        goal,
        kpis: byGoal.get(goalId) ?? [],
        deliveryProgress: delivery.get(goalId) ?? null,
        noVisibleWork: unseen.has(goalId),
        noWorkAligned: unaligned.has(goalId),
        lastCheckIn: latest.latest[goalId] ?? null,
        canRecord,
        defaultBands,
      },
      today,
    ),
    agreementsAtRisk: lines.get(goalId) ?? [],
    today,
  };
};
