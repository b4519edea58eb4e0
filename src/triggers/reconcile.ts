// Scheduled triggers of the roll-up reconcile, resuming where the previous run stopped: hourly, the issues changed
// since its last run (and any full recount under way); daily, a full recount. Answer in the shape the platform
// expects of scheduled trigger functions.
import { reconcileRollups, recountAllRollups, type ReconcileResult } from '../services/rollup/rollup-reconcile';
import type { Env } from '../wiring/env';
import { reconcileDeps } from '../wiring/rollup';

const answer = (job: string, result: ReconcileResult) => {
  if (result.outcome === 'paused') console.warn(`[throughline] ${job} paused in phase ${result.phase} (${result.reason ?? ''}); the next run continues`);
  return { statusCode: 200, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify(result) };
};

export const reconcileRollupsTrigger = (env: Env) => async (_request?: unknown, _context?: unknown) =>
  answer('roll-up reconcile', await reconcileRollups(reconcileDeps(env)));

export const recountRollupsTrigger = (env: Env) => async (_request?: unknown, _context?: unknown) =>
  answer('full roll-up recount', await recountAllRollups(reconcileDeps(env)));
