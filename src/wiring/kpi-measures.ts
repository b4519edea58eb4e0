// Production dependencies of the daily automatic measures: Jira as the app (retries bounded by the invocation's
// remaining time), the KPI and measurement stores, the clock of the composition root.
import { randomUUID } from '../platform/ids';
import { JiraClient, forgeRequester } from '../platform/jira/client';
import { countIssues } from '../platform/jira/jql-count';
import { defaultRetryPolicy } from '../platform/jira/retry';
import { remainingTimeMs } from '../platform/invocation';
import { forgeKpiStore } from '../platform/storage/kpi-store';
import { forgeMeasurementStore } from '../platform/storage/measurement-store';
import type { AutoMeasureDeps } from '../services/kpi/kpi-measures';
import type { Env } from './env';

/** The function may run 300 s (manifest timeoutSeconds); the job stops well before, leaving room to write. */
const BUDGET_MS = 240_000;
const CALL_TIMEOUT_MS = 20_000;

export const autoMeasureDeps = (
  env: Env,
  jira = new JiraClient(forgeRequester, { ...defaultRetryPolicy, remainingMs: remainingTimeMs }),
  budgetMs = BUDGET_MS,
): AutoMeasureDeps => ({
  kpis: forgeKpiStore,
  measurements: forgeMeasurementStore,
  count: (jql) => countIssues(jira, 'app', jql),
  now: () => env.clock.now(),
  auditId: () => randomUUID(),
  budgetMs: Math.min(budgetMs, remainingTimeMs() - 10_000),
  callTimeoutMs: CALL_TIMEOUT_MS,
});
