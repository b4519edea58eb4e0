// Use case: the scheduled reconcile job. Rebuilds every roll-up from Jira as the app, in three resumable phases:
// recount every epic (in id order) and make its tag mirror agree with Jira's property, drop roll-ups of epics Jira no longer has, then rebuild every goal roll-up
// from its epics. When time runs short or Jira keeps refusing, it saves where it stands and the next run goes on.
import { isAppFailure } from '../../shared/errors';
import { ReconcileCursor as Cursor, type ReconcileRun as Run } from '../../shared/model/rollup';
import { vouchedTag } from '../../domain/goals/visibility';
import type { EpicTag } from '../../shared/epic-tag';
import type { MirroredEpicTag } from '../ports/alignments';
import { recountEpics, type RecountResult, type RollupDeps } from './rollup-recount';

/** The app's epic-tag mirrors, checked against Jira's properties by the reconcile. */
export interface MirrorRepair {
  read(epicIds: readonly string[]): Promise<Map<string, MirroredEpicTag>>;
  put(m: MirroredEpicTag): Promise<void>;
  delete(epicId: string): Promise<void>;
}

export interface ReconcileDeps extends RollupDeps {
  /** Milliseconds left in this invocation. */
  remainingMs(): number;
  mirrors: MirrorRepair;
}

const sameTag = (a: EpicTag, b: EpicTag) => a.goalId === b.goalId && a.level === b.level && a.leaderId === b.leaderId && a.managerId === b.managerId;

/**
 * Makes each counted epic's mirror say what Jira's property says, so a tagging that stopped between the two writes
 * is repaired: a mirror without a property is dropped, a missing or different one is written from the property,
 * keeping the names it knew. A property the app may not vouch for (a restricted goal the mirror does not name) is
 * never copied into the mirror: the mirror is dropped and the epic counts as untagged, as the recount decided.
 */
const repairMirrors = async (deps: ReconcileDeps, seen: RecountResult['seen'], restricted: ReadonlySet<string>): Promise<void> => {
  if (seen.length === 0) return;
  const mirrors = await deps.mirrors.read(seen.map((s) => s.epicId));
  for (const { epicId, projectId, tag } of seen) {
    const mirror = mirrors.get(epicId);
    const trusted = vouchedTag(tag, mirror?.tag.goalId, restricted);
    if (!trusted) {
      if (mirror) await deps.mirrors.delete(epicId);
      continue;
    }
    if (mirror && mirror.projectId === projectId && sameTag(mirror.tag, trusted)) continue;
    const names = Object.fromEntries(Object.entries(mirror?.names ?? {}).filter(([id]) => id === trusted.leaderId || id === trusted.managerId));
    await deps.mirrors.put({ issueId: epicId, projectId, tag: trusted, names });
  }
};

export interface ReconcileOptions {
  /** Epics recounted between two checks of the clock (and two saves of the cursor). */
  batchSize?: number;
  /** Stop when less than this is left: enough for one more batch and the save. */
  reserveMs?: number;
}

export interface ReconcileResult {
  outcome: 'complete' | 'paused';
  /** Why a run paused: its time was nearly up, or Jira kept failing (rate limits, outages). */
  reason?: 'time' | 'jira';
  phase: Run['phase'];
  epicsCounted: number;
  epicsRemoved: number;
  goalsRebuilt: number;
}

const DEFAULTS = { batchSize: 25, reserveMs: 60_000 };
const SWEEP_PAGE = 20;

class Pause extends Error {
  constructor(readonly reason: 'time' | 'jira') {
    super(reason);
  }
}

const readCursor = async (deps: ReconcileDeps): Promise<Cursor> => {
  const parsed = Cursor.safeParse(await deps.store.readCursor());
  return parsed.success ? parsed.data : { run: null, lastCompletedAt: null };
};

export const reconcileRollups = async (deps: ReconcileDeps, options: ReconcileOptions = {}): Promise<ReconcileResult> => {
  const { batchSize, reserveMs } = { ...DEFAULTS, ...options };
  const cursor = await readCursor(deps);
  const run: Run = cursor.run ?? { runStartedAt: deps.now().toISOString(), phase: 'epics', after: null };
  const tally = { epicsCounted: 0, epicsRemoved: 0, goalsRebuilt: 0 };
  const save = (r: Run | null, lastCompletedAt = cursor.lastCompletedAt) => deps.store.writeCursor({ run: r, lastCompletedAt } satisfies Cursor);
  const checkTime = () => {
    if (deps.remainingMs() < reserveMs) throw new Pause('time');
  };

  try {
    // 1. Recount every epic, a batch at a time, after the last one a previous invocation finished.
    if (run.phase === 'epics') {
      checkTime();
      const after = run.after === null ? -1 : Number(run.after);
      const pending = (await deps.jira.epicIds()).filter((id) => Number(id) > after);
      const restricted = pending.length > 0 ? await deps.trust.restrictedGoalIds() : new Set<string>();
      for (let at = 0; at < pending.length; at += batchSize) {
        checkTime();
        const batch = pending.slice(at, at + batchSize);
        const result = await recountEpics(deps, batch);
        await repairMirrors(deps, result.seen, restricted);
        tally.epicsCounted += result.counted.length;
        tally.epicsRemoved += result.removed.length;
        run.after = batch[batch.length - 1] ?? run.after;
        await save(run);
      }
      Object.assign(run, { phase: 'sweep', after: null });
      await save(run);
    }
    // 2. Every epic Jira still has was counted after the run started; anything older is an epic that is gone.
    if (run.phase === 'sweep') {
      for (let page = 0; page < 10_000; page++) {
        checkTime();
        const stale = await deps.store.staleEpics(run.runStartedAt, SWEEP_PAGE);
        if (stale.length === 0) break;
        for (const id of stale) await deps.store.putEpic(id, undefined, deps.now().toISOString());
        tally.epicsRemoved += stale.length;
      }
      Object.assign(run, { phase: 'goals', after: null });
      await save(run);
    }
    // 3. Each goal roll-up becomes exactly the sum of its epics, whatever drift events may have left.
    for (const goalId of (await deps.store.goalIds()).filter((g) => run.after === null || g > run.after)) {
      checkTime();
      await deps.store.rebuildGoal(goalId, deps.now().toISOString());
      tally.goalsRebuilt += 1;
      run.after = goalId;
      await save(run);
    }
    await save(null, deps.now().toISOString());
    return { outcome: 'complete', phase: 'goals', ...tally };
  } catch (e) {
    const reason = e instanceof Pause ? e.reason : isJiraTrouble(e) ? 'jira' : undefined;
    if (!reason) throw e;
    // Progress up to the last finished batch is already saved; what was read since is simply read again.
    await save(run);
    return { outcome: 'paused', reason, phase: run.phase, ...tally };
  }
};

const isJiraTrouble = (e: unknown): boolean => isAppFailure(e) && (e.code === 'RATE_LIMITED' || e.code === 'UPSTREAM');
