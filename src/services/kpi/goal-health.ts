// Use cases: keep every goal's KPI health fresh on the board the issue panel reads. A goal is evaluated again
// whenever its KPIs or measurements change, and every goal daily (a status depends on the day) and after the
// default bands change. Each refresh reads the board first and commits against its revision, so a refresh
// that raced another one is re-read and re-evaluated rather than overwriting newer figures.
import { goalHealth } from '../../domain/kpi/goal-health';
import type { KpiData } from '../../domain/kpi/scorecard';
import { AppFailure } from '../../shared/errors';
import type { GoalHealth } from '../../shared/model/goal-health';
import type { Kpi } from '../../shared/model/kpi';
import type { LastDays } from '../ports/kpis';
import type { ScorecardDeps } from './scorecard-deps';
import { todayOf } from './scorecard-deps';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';

export type GoalHealthDeps = Pick<ScorecardDeps, 'catalog' | 'health' | 'defaultBands' | 'now' | 'measurements'> & {
  kpis: Pick<ScorecardDeps['kpis'], 'all' | 'ofGoal' | 'runs'>;
};

const busy = () => new AppFailure('CONFLICT', 'Goal health is being refreshed by someone else right now');
/** The status and staleness need only the latest value; a few more cover repeated days. */
const POINTS = 8;
/** Measurement reads in flight at once: bounded, so a large scorecard never bursts past the storage limits. */
const PARALLEL = 10;

const inChunks = async <T, R>(items: readonly T[], f: (t: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += PARALLEL) out.push(...(await Promise.all(items.slice(i, i + PARALLEL).map(f))));
  return out;
};

interface Evaluation {
  goals: Record<string, GoalHealth>;
  /** Each KPI's latest measurement day, as read for the evaluation. */
  days: LastDays;
}

/** Evaluates the goals named, from the KPIs given (every KPI of those goals). */
const evaluate = async (deps: GoalHealthDeps, goalIds: readonly string[], kpis: readonly Kpi[]): Promise<Evaluation> => {
  const automatic = kpis.filter((k) => k.source.kind !== 'manual').map((k) => k.id);
  const [bands, runs, data] = await Promise.all([
    deps.defaultBands(),
    deps.kpis.runs(automatic),
    inChunks(kpis, async (kpi) => ({ kpi, measurements: await deps.measurements.recent(kpi.id, POINTS) })),
  ]);
  const byGoal = new Map<string, KpiData[]>();
  for (const { kpi, measurements } of data) byGoal.set(kpi.goalId, [...(byGoal.get(kpi.goalId) ?? []), { kpi, measurements, run: runs.get(kpi.id) ?? null }]);
  const now = deps.now();
  const today = todayOf(now);
  return {
    goals: Object.fromEntries(goalIds.map((id) => [id, goalHealth(byGoal.get(id) ?? [], today, now.toISOString(), bands)])),
    days: Object.fromEntries(data.map(({ kpi, measurements }) => [kpi.id, measurements[0]?.date ?? null])),
  };
};

/** Evaluates the named goals again and keeps every other goal's figures as they are. */
export const refreshGoalHealth = async (deps: GoalHealthDeps, goalIds: readonly string[]): Promise<void> => {
  const ids = [...new Set(goalIds)];
  if (ids.length === 0) return;
  await commitOnVersion(async () => {
    // The board first: measurements committed after this read make the commit below fail, and we retry.
    const base = await deps.health.read();
    // Written only with a board at this revision: a refresh that read the days before another one wrote them retries.
    const [days, kpis] = await Promise.all([deps.health.lastDays(), Promise.all(ids.map((id) => deps.kpis.ofGoal(id)))]);
    const fresh = await evaluate(deps, ids, kpis.flat());
    const outcome = await deps.health.commit(base, { ...base.goals, ...fresh.goals }, { ...days, ...fresh.days });
    return outcome === 'committed' ? committed(undefined) : beaten;
  }, busy);
};

/** Evaluates every goal of the catalog; goals no longer in it leave the board. */
export const refreshAllGoalHealth = async (deps: GoalHealthDeps): Promise<{ goals: number }> => {
  return commitOnVersion(async () => {
    const base = await deps.health.read();
    const [catalog, kpis] = await Promise.all([deps.catalog.read(), deps.kpis.all()]);
    const ids = catalog.goals.map((g) => g.id);
    const fresh = await evaluate(
      deps,
      ids,
      kpis.filter((k) => ids.includes(k.goalId)),
    );
    return (await deps.health.commit(base, fresh.goals, fresh.days)) === 'committed' ? committed({ goals: ids.length }) : beaten;
  }, busy);
};

/** After a change that is already committed: a failed refresh is logged, and the daily job repairs it. */
export const refreshGoalHealthQuietly = async (deps: GoalHealthDeps, goalIds: readonly string[]): Promise<void> => {
  try {
    await refreshGoalHealth(deps, goalIds);
  } catch (e) {
    console.error('[throughline] refreshing goal health failed; the daily job will repair it', e);
  }
};
