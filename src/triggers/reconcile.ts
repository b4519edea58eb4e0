// Scheduled trigger (hourly): reconcile every roll-up with Jira, resuming where the previous run stopped.
// Answers in the shape the platform expects of scheduled trigger functions.
import { reconcileRollups } from '../services/rollup/rollup-reconcile';
import type { Env } from '../wiring/env';
import { reconcileDeps } from '../wiring/rollup';

export const reconcileRollupsTrigger = (env: Env) => async (_request?: unknown, _context?: unknown) => {
  const result = await reconcileRollups(reconcileDeps(env));
  if (result.outcome === 'paused')
    console.warn(`[throughline] roll-up reconcile paused in phase ${result.phase} (${result.reason ?? ''}); the next run continues`);
  return { statusCode: 200, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify(result) };
};
