// Scheduled trigger (daily): the automatic measures of JQL-sourced KPIs, counted as the app, within the
// invocation's time; then every goal's KPI health evaluated for the new day (a status depends on the day).
// Answers in the shape the platform expects of scheduled trigger functions.
import { randomUUID } from 'node:crypto';
import { JiraClient, forgeRequester } from '../platform/jira/client';
import { countIssues } from '../platform/jira/jql-count';
import { defaultRetryPolicy } from '../platform/jira/retry';
import { systemClock } from '../platform/clock';
import { remainingTimeMs } from '../platform/invocation';
import { forgeKpiStore } from '../platform/storage/kpi-store';
import { forgeMeasurementStore } from '../platform/storage/measurement-store';
import { refreshAllGoalHealth } from '../services/goal-health';
import { runAutomaticMeasures, type AutoMeasureDeps } from '../services/kpi-measures';
import { goalHealthDeps } from './goal-health-wiring';

/** The function may run 300 s (manifest timeoutSeconds); the job stops well before, leaving room to write. */
const BUDGET_MS = 240_000;
const CALL_TIMEOUT_MS = 20_000;

export const autoMeasureDeps = (jira = new JiraClient(forgeRequester, { ...defaultRetryPolicy, remainingMs: remainingTimeMs }), budgetMs = BUDGET_MS): AutoMeasureDeps => ({
  kpis: forgeKpiStore,
  measurements: forgeMeasurementStore,
  count: (jql) => countIssues(jira, 'app', jql),
  now: () => systemClock.now(),
  auditId: () => randomUUID(),
  budgetMs: Math.min(budgetMs, remainingTimeMs() - 10_000),
  callTimeoutMs: CALL_TIMEOUT_MS,
});

export const kpiMeasuresTrigger = async (_request?: unknown, _context?: unknown) => {
  const summary = await runAutomaticMeasures(autoMeasureDeps());
  if (summary.failed.length > 0) console.warn(`[throughline] automatic measures: ${summary.failed.length} failed`, summary.failed);
  // Health even when measuring failed: a failed run is exactly what makes a KPI stale.
  const health = await refreshAllGoalHealth(goalHealthDeps()).catch((e: unknown) => {
    console.error('[throughline] refreshing goal health failed', e);
    return { goals: 0, failed: true };
  });
  return { statusCode: 200, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify({ ...summary, health }) };
};
