// Scheduled trigger (daily): the automatic measures of JQL-sourced KPIs, counted as the app, within the
// invocation's time; then every goal's KPI health evaluated for the new day (a status depends on the day).
// Answers in the shape the platform expects of scheduled trigger functions.
import { refreshAllGoalHealth } from '../services/kpi/goal-health';
import { runAutomaticMeasures } from '../services/kpi/kpi-measures';
import type { Env } from '../wiring/env';
import { goalHealthDeps } from '../wiring/goal-health';
import { autoMeasureDeps } from '../wiring/kpi-measures';

export const kpiMeasuresTrigger = (env: Env) => async (_request?: unknown, _context?: unknown) => {
  const summary = await runAutomaticMeasures(autoMeasureDeps(env));
  if (summary.failed.length > 0) console.warn(`[throughline] automatic measures: ${summary.failed.length} failed`, summary.failed);
  // Health even when measuring failed: a failed run is exactly what makes a KPI stale.
  const health = await refreshAllGoalHealth(goalHealthDeps(env)).catch((e: unknown) => {
    console.error('[throughline] refreshing goal health failed', e);
    return { goals: 0, failed: true };
  });
  return { statusCode: 200, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify({ ...summary, health }) };
};
