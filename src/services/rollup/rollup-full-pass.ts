// The full recount: rebuilds every roll-up from Jira as the app, in three resumable phases: recount every epic (in
// id order) and make its tag mirror agree with Jira's property, drop roll-ups of epics Jira no longer has, then
// rebuild every goal roll-up from its epics. It saves where it stands after every batch, so when time runs short
// or Jira keeps refusing, the next invocation goes on from there. The daily job starts one; the hourly job
// continues one that is under way (src/services/rollup/rollup-reconcile.ts).
import type { ReconcileCursor as Cursor, ReconcileRun as Run } from '../../shared/model/rollup';
import { vouchedTag } from '../../domain/goals/visibility';
import type { EpicTag } from '../../shared/epic-tag';
import type { MirroredEpicTag } from '../ports/alignments';
import { recountEpics, type GoalIdSets, type RecountResult, type RollupDeps } from './rollup-recount';

/** The app's epic-tag mirrors, checked against Jira's properties by the reconcile. */
export interface MirrorRepair {
  read(epicIds: readonly string[]): Promise<Map<string, MirroredEpicTag>>;
  put(m: MirroredEpicTag): Promise<void>;
  delete(epicId: string): Promise<void>;
}

export interface FullPassDeps extends RollupDeps {
  /** Milliseconds left in this invocation. */
  remainingMs(): number;
  mirrors: MirrorRepair;
}

export interface Tally {
  epicsCounted: number;
  epicsRemoved: number;
  goalsRebuilt: number;
}

/** Thrown to stop an invocation where it stands: its time is nearly up, or Jira keeps failing. */
export class Pause extends Error {
  constructor(readonly reason: 'time' | 'jira') {
    super(reason);
  }
}

/** One invocation of a reconcile job: the cursor it works from (saved as it goes), its clock and what it did. */
export interface Job {
  cursor: Cursor;
  save(): Promise<void>;
  /** Throws Pause('time') when less than the reserve is left. */
  checkTime(): void;
  batchSize: number;
  tally: Tally;
}

const SWEEP_PAGE = 20;

const sameTag = (a: EpicTag, b: EpicTag) => a.goalId === b.goalId && a.level === b.level && a.leaderId === b.leaderId && a.managerId === b.managerId;

/**
 * Makes each counted epic's mirror say what Jira's property says, so a tagging that stopped between the two writes
 * is repaired: a mirror without a property is dropped, a missing or different one is written from the property,
 * keeping the names it knew. A property the app may not vouch for (a restricted goal the mirror does not name) is
 * never copied into the mirror: the mirror is dropped and the epic counts as untagged, as the recount decided. Nor is
 * one naming a goal that does not exist (anyone who may edit the epic can write any id): the mirror would vouch for
 * it on the issue panel, where a missing goal must answer as a hidden one does, and the site's export would name a
 * goal it does not hold, which its own import refuses.
 */
const repairMirrors = async (deps: FullPassDeps, seen: RecountResult['seen'], ids: GoalIdSets): Promise<void> => {
  if (seen.length === 0) return;
  const mirrors = await deps.mirrors.read(seen.map((s) => s.epicId));
  for (const { epicId, projectId, tag } of seen) {
    const mirror = mirrors.get(epicId);
    const trusted = vouchedTag(tag, mirror?.tag.goalId, ids.restricted);
    if (!trusted || !ids.known.has(trusted.goalId)) {
      if (mirror) await deps.mirrors.delete(epicId);
      continue;
    }
    if (mirror && mirror.projectId === projectId && sameTag(mirror.tag, trusted)) continue;
    const names = Object.fromEntries(Object.entries(mirror?.names ?? {}).filter(([id]) => id === trusted.leaderId || id === trusted.managerId));
    await deps.mirrors.put({ issueId: epicId, projectId, tag: trusted, names });
  }
};

/**
 * Recounts these epics a batch at a time (the clock checked before each) and repairs their mirrors; `done` runs
 * after each batch with its last epic (the full pass saves its place there).
 */
export const recountInBatches = async (deps: FullPassDeps, job: Job, epicIds: readonly string[], done?: (last: string) => Promise<void>): Promise<void> => {
  const ids: GoalIdSets = epicIds.length > 0 ? await deps.trust.goalIds() : { restricted: new Set(), known: new Set() };
  for (let at = 0; at < epicIds.length; at += job.batchSize) {
    job.checkTime();
    const batch = epicIds.slice(at, at + job.batchSize);
    const result = await recountEpics(deps, batch, [], ids.restricted);
    await repairMirrors(deps, result.seen, ids);
    job.tally.epicsCounted += result.counted.length;
    job.tally.epicsRemoved += result.removed.length;
    await done?.(batch[batch.length - 1]!);
  }
};

/** Starts a full recount from the first epic (unless one is under way: that one goes on). */
export const startFullPass = (job: Job, now: Date): void => {
  job.cursor.run ??= { runStartedAt: now.toISOString(), phase: 'epics', after: null };
};

/** Goes on with the full recount under way, phase by phase, until it completes or the job pauses. */
export const continueFullPass = async (deps: FullPassDeps, job: Job): Promise<void> => {
  const run: Run | null = job.cursor.run;
  if (!run) return;
  // 1. Recount every epic, a batch at a time, after the last one a previous invocation finished.
  if (run.phase === 'epics') {
    job.checkTime();
    const after = run.after === null ? -1 : Number(run.after);
    const pending = (await deps.jira.epicIds()).filter((id) => Number(id) > after);
    await recountInBatches(deps, job, pending, async (last) => {
      run.after = last;
      await job.save();
    });
    Object.assign(run, { phase: 'sweep', after: null });
    await job.save();
  }
  // 2. Every epic Jira still has was counted after the run started; anything older is an epic that is gone.
  if (run.phase === 'sweep') {
    for (let page = 0; page < 10_000; page++) {
      job.checkTime();
      const stale = await deps.store.staleEpics(run.runStartedAt, SWEEP_PAGE);
      if (stale.length === 0) break;
      for (const id of stale) await deps.store.putEpic(id, undefined, deps.now().toISOString());
      job.tally.epicsRemoved += stale.length;
    }
    Object.assign(run, { phase: 'goals', after: null });
    await job.save();
  }
  // 3. Each goal roll-up becomes exactly the sum of its epics, whatever drift events may have left.
  for (const goalId of (await deps.store.goalIds()).filter((g) => run.after === null || g > run.after)) {
    job.checkTime();
    await deps.store.rebuildGoal(goalId, deps.now().toISOString());
    job.tally.goalsRebuilt += 1;
    run.after = goalId;
    await job.save();
  }
  // Everything that changed before the run started is counted now: the hourly job looks for changes from there on.
  const checked = job.cursor.changesCheckedAt;
  job.cursor.changesCheckedAt = checked !== null && checked > run.runStartedAt ? checked : run.runStartedAt;
  job.cursor.run = null;
  job.cursor.lastCompletedAt = deps.now().toISOString();
  await job.save();
};
