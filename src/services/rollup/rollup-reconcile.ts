// Use cases: the two scheduled reconcile jobs, the safety net behind the issue-event trigger. Hourly: recount the
// epics that issues changed since the last run can touch (rollup-changes.ts), then spend what time is left on a
// full recount if one is under way. Daily: start a full recount (rollup-full-pass.ts) and work on it; it resumes
// across invocations, the hourly runs included, until it completes. A site that has never been counted in full
// (a fresh install) gets a full recount from its first hourly run.
import { isAppFailure } from '../../shared/errors';
import { ReconcileCursor as Cursor, type ReconcileRun as Run } from '../../shared/model/rollup';
import { MAX_CHANGED_ISSUES, reconcileChanges, type ChangesDeps } from './rollup-changes';
import { continueFullPass, Pause, startFullPass, type FullPassDeps, type Job } from './rollup-full-pass';

export type { MirrorRepair } from './rollup-full-pass';

export type ReconcileDeps = ChangesDeps;

export interface ReconcileOptions {
  /** Epics recounted between two checks of the clock (and two saves of the cursor). */
  batchSize?: number;
  /** Stop when less than this is left: enough for one more batch and the save. */
  reserveMs?: number;
  /** More changed issues than this since the last run: a full recount takes them instead. */
  maxChangedIssues?: number;
}

export interface ReconcileResult {
  outcome: 'complete' | 'paused';
  /** Why a run paused: its time was nearly up, or Jira kept failing (rate limits, outages). */
  reason?: 'time' | 'jira';
  /** Where the full recount stands ('changes': the hourly job's own look at changed issues). */
  phase: Run['phase'] | 'changes';
  epicsCounted: number;
  epicsRemoved: number;
  goalsRebuilt: number;
  /** Issues the hourly job found changed since its last look (absent when it did not look). */
  changedIssues?: number;
  /** Whether a full recount is still under way after this run. */
  fullRecountPending: boolean;
}

const DEFAULTS = { batchSize: 25, reserveMs: 60_000, maxChangedIssues: MAX_CHANGED_ISSUES };

const readCursor = async (deps: FullPassDeps): Promise<Cursor> => {
  const parsed = Cursor.safeParse(await deps.store.readCursor());
  return parsed.success ? parsed.data : { run: null, lastCompletedAt: null, changesCheckedAt: null };
};

const openJob = async (deps: FullPassDeps, options: ReconcileOptions): Promise<Job> => {
  const { batchSize, reserveMs } = { ...DEFAULTS, ...options };
  const cursor = await readCursor(deps);
  return {
    cursor,
    save: () => deps.store.writeCursor(cursor satisfies Cursor),
    checkTime: () => {
      if (deps.remainingMs() < reserveMs) throw new Pause('time');
    },
    batchSize,
    tally: { epicsCounted: 0, epicsRemoved: 0, goalsRebuilt: 0 },
  };
};

const isJiraTrouble = (e: unknown): boolean => isAppFailure(e) && (e.code === 'RATE_LIMITED' || e.code === 'UPSTREAM');

/** Runs one invocation's work; progress up to the last finished batch is saved, and a pause says why it stopped. */
const runJob = async (job: Job, idle: ReconcileResult['phase'], work: () => Promise<Partial<ReconcileResult>>): Promise<ReconcileResult> => {
  const where = () => ({ phase: job.cursor.run?.phase ?? idle, fullRecountPending: job.cursor.run !== null });
  try {
    const extra = await work();
    return { outcome: 'complete', ...job.tally, ...where(), ...extra };
  } catch (e) {
    const reason = e instanceof Pause ? e.reason : isJiraTrouble(e) ? 'jira' : undefined;
    if (!reason) throw e;
    // What was read since the last save is simply read again next time.
    await job.save();
    return { outcome: 'paused', reason, ...job.tally, ...where() };
  }
};

/** The hourly job: changed issues first (or a first full recount on a site never counted), then any full recount under way. */
export const reconcileRollups = async (deps: ReconcileDeps, options: ReconcileOptions = {}): Promise<ReconcileResult> => {
  const job = await openJob(deps, options);
  return runJob(job, 'changes', async () => {
    if (job.cursor.run === null && job.cursor.lastCompletedAt === null) {
      startFullPass(job, deps.now());
      await continueFullPass(deps, job);
      return {};
    }
    const changes = await reconcileChanges(deps, job, options.maxChangedIssues ?? DEFAULTS.maxChangedIssues);
    if (changes.outcome === 'too-many') startFullPass(job, deps.now());
    await continueFullPass(deps, job);
    return { changedIssues: changes.changed };
  });
};

/** The daily job: a full recount, started now unless one is under way. */
export const recountAllRollups = async (deps: FullPassDeps, options: ReconcileOptions = {}): Promise<ReconcileResult> => {
  const job = await openJob(deps, options);
  return runJob(job, 'goals', async () => {
    startFullPass(job, deps.now());
    await job.save();
    await continueFullPass(deps, job);
    return {};
  });
};
