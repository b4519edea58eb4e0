// Scheduled triggers of the roll-up reconcile, resuming where the previous run stopped: hourly, the issues changed
// since its last run (and any full recount under way); daily, a full recount, after the alignment board is checked
// against the alignments and repaired. Answer in the shape the platform expects of scheduled trigger functions.
import { reconcileRollups, recountAllRollups, type ReconcileResult } from '../services/rollup/rollup-reconcile';
import type { Env } from '../wiring/env';
import { reconcileDeps } from '../wiring/rollup';
import { repairAlignmentBoard } from '../services/alignment/repair-board';
import { alignmentBoardDeps } from '../wiring/alignment-board';

const answer = (job: string, result: ReconcileResult) => {
  if (result.outcome === 'paused') console.warn(`[throughline] ${job} paused in phase ${result.phase} (${result.reason ?? ''}); the next run continues`);
  return { statusCode: 200, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify(result) };
};

export const reconcileRollupsTrigger = (env: Env) => async (_request?: unknown, _context?: unknown) =>
  answer('roll-up reconcile', await reconcileRollups(reconcileDeps(env)));

/** First, while the whole invocation is ahead: a board that cannot be repaired now is left to trees' slower read. */
const repairBoard = async (): Promise<void> => {
  try {
    const outcome = await repairAlignmentBoard(alignmentBoardDeps());
    if (outcome !== 'in-step') console.warn(`[throughline] alignment board: ${outcome}`);
  } catch (e) {
    console.error('[throughline] repairing the alignment board failed; trees read the alignments until the next run', e);
  }
};

export const recountRollupsTrigger = (env: Env) => async (_request?: unknown, _context?: unknown) => {
  await repairBoard();
  return answer('full roll-up recount', await recountAllRollups(reconcileDeps(env)));
};
