// Use case: the automatic measures job. Evaluates every JQL-sourced KPI as the app (a count, or 100 × one
// count ÷ another) and records today's value; the least recently measured go first, and it stops before its time
// budget runs out. A failure (Jira refusing the JQL, a 429 storm, a timeout) records nothing: the last good
// value stays, the run is kept as failed with the reason, and the scorecard shows the KPI as stale with why.
import { AppFailure, isAppFailure } from '../../shared/errors';
import { APP_ACTOR, type AutoMeasureRun, type Kpi, type KpiSource } from '../../shared/model/kpi';
import type { KpiStore } from '../ports/kpis';
import { recordUnchecked } from './measurement-save';
import { todayOf, type ScorecardDeps } from './scorecard-deps';

export interface AutoMeasureDeps extends Pick<ScorecardDeps, 'measurements' | 'now' | 'auditId'> {
  kpis: Pick<KpiStore, 'all' | 'runs' | 'putRun'>;
  /** Issues matching the JQL, counted as the app. */
  count(jql: string): Promise<number>;
  /** How long the whole job may take, and one count. */
  budgetMs: number;
  callTimeoutMs: number;
}

export interface AutoMeasureSummary {
  measured: string[];
  failed: { kpiId: string; reason: string }[];
  /** Left for the next run because the time budget ran out. */
  deferred: string[];
}

class Timeout extends Error {}

const within = <T>(p: Promise<T>, ms: number): Promise<T> => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
};

const valueOf = async (deps: AutoMeasureDeps, source: KpiSource): Promise<number> => {
  const count = (jql: string) => within(deps.count(jql), deps.callTimeoutMs);
  if (source.kind === 'jql-count') return count(source.jql);
  if (source.kind === 'jql-ratio') {
    const [numerator, denominator] = await Promise.all([count(source.numerator), count(source.denominator)]);
    if (denominator === 0) throw new AppFailure('VALIDATION', 'the denominator query matches no issues, so the ratio is undefined');
    return Math.round((10_000 * numerator) / denominator) / 100;
  }
  throw new AppFailure('VALIDATION', 'this KPI is entered by hand');
};

/** Why a run failed, in words a strategy editor can act on. */
export const reasonFor = (e: unknown): string => {
  if (e instanceof Timeout) return 'Jira did not answer in time';
  if (!isAppFailure(e)) return 'an unexpected error (logged)';
  const detail = typeof e.details === 'string' && e.details !== '' ? `: ${e.details.slice(0, 200)}` : '';
  switch (e.code) {
    case 'RATE_LIMITED':
      return 'Jira kept answering 429 (rate limited); it will be tried again on the next run';
    case 'UPSTREAM':
      return e.message.includes('400') ? `Jira refused the JQL (400)${detail}` : `${e.message}${detail}`;
    case 'VALIDATION':
      return e.message;
    default:
      return `${e.message} (${e.code})`;
  }
};

export const runAutomaticMeasures = async (deps: AutoMeasureDeps): Promise<AutoMeasureSummary> => {
  const started = deps.now().getTime();
  const kpis: Kpi[] = (await deps.kpis.all()).filter((k) => k.source.kind !== 'manual');
  const runs = await deps.kpis.runs(kpis.map((k) => k.id));
  const lastAt = (k: Kpi) => runs.get(k.id)?.at ?? '';
  kpis.sort((a, b) => lastAt(a).localeCompare(lastAt(b)));
  const summary: AutoMeasureSummary = { measured: [], failed: [], deferred: [] };
  for (const kpi of kpis) {
    // Keep room for one more count and its writes.
    if (deps.now().getTime() - started + deps.callTimeoutMs * 2 > deps.budgetMs) {
      summary.deferred.push(kpi.id);
      continue;
    }
    const previous = runs.get(kpi.id) ?? null;
    const at = deps.now().toISOString();
    let run: AutoMeasureRun;
    try {
      const value = await valueOf(deps, kpi.source);
      await recordUnchecked(deps, kpi, { date: todayOf(deps.now()), value, note: 'Automatic: JQL' }, APP_ACTOR);
      run = { kpiId: kpi.id, at, outcome: 'ok', reason: '', lastGoodAt: at, lastGoodValue: value };
      summary.measured.push(kpi.id);
    } catch (e) {
      if (!isAppFailure(e) && !(e instanceof Timeout)) console.error(`[throughline] automatic measure of ${kpi.id} failed`, e);
      const reason = reasonFor(e);
      run = {
        kpiId: kpi.id,
        at,
        outcome: 'failed',
        reason: reason.slice(0, 500),
        lastGoodAt: previous?.lastGoodAt ?? null,
        lastGoodValue: previous?.lastGoodValue ?? null,
      };
      summary.failed.push({ kpiId: kpi.id, reason });
    }
    await deps.kpis.putRun(run);
  }
  return summary;
};
