// The hourly job's own work: recount only the epics that issues changed since its last look can touch. One search
// as the app (`updated` within the window, ids and hierarchy only) finds the changed issues; on a site where nothing
// changed that search is the only Jira call. What a search by `updated` cannot see is left to the daily full
// recount: an issue deleted (gone from every search; the issue event normally removes it), a story that left an
// epic (the epic it left is not named; the event's changelog normally recounts it), and a property written where
// Jira does not move `updated`.
import type { IssueLink } from '../ports/rollups';
import { epicsOfLinks } from './rollup-recount';
import { recountInBatches, type FullPassDeps, type Job } from './rollup-full-pass';

/** Issues changed within a window, and whether that is all of them (false: more than the job takes in one run). */
export interface ChangedIssues {
  links: IssueLink[];
  complete: boolean;
}

export interface ChangesDeps extends FullPassDeps {
  /** Issues Jira says were updated in the last `minutes` minutes (as the app), at most `max` of them. */
  changedSince(minutes: number, max: number): Promise<ChangedIssues>;
}

/**
 * Looked at again on the next run: Jira's search index may take a while to show a change, and the app's clock and
 * Jira's may disagree a little.
 */
export const CHANGE_MARGIN_MINUTES = 15;
/** A window longer than a week (the job did not run) is the full recount's work, not this one's. */
const MAX_WINDOW_MINUTES = 7 * 24 * 60;
/** More changed issues than this in one window (a bulk edit, a migration): the full recount takes them instead. */
export const MAX_CHANGED_ISSUES = 10_000;

const byId = (a: string, b: string): number => Number(a) - Number(b) || a.localeCompare(b);

/**
 * Recounts the epics touched by issues changed since the last look (less the margin) and moves the mark to when
 * this look began. Answers 'too-many' without counting anything when the window is too long or holds too much:
 * the caller starts a full recount then. A pause before the end leaves the mark where it was, so the next run
 * looks at the whole window again (recounting is idempotent).
 */
export const reconcileChanges = async (
  deps: ChangesDeps,
  job: Job,
  maxChanged = MAX_CHANGED_ISSUES,
): Promise<{ outcome: 'done' | 'too-many'; changed: number }> => {
  const startedAt = deps.now();
  const since = job.cursor.changesCheckedAt ?? job.cursor.lastCompletedAt;
  if (since === null) return { outcome: 'too-many', changed: 0 };
  const minutes = Math.max(0, Math.ceil((startedAt.getTime() - Date.parse(since)) / 60_000)) + CHANGE_MARGIN_MINUTES;
  if (!(minutes <= MAX_WINDOW_MINUTES)) return { outcome: 'too-many', changed: 0 };
  job.checkTime();
  const changed = await deps.changedSince(minutes, maxChanged);
  if (!changed.complete) return { outcome: 'too-many', changed: changed.links.length };
  const epics = [...(await epicsOfLinks(deps, changed.links))].sort(byId);
  await recountInBatches(deps, job, epics);
  job.cursor.changesCheckedAt = startedAt.toISOString();
  await job.save();
  return { outcome: 'done', changed: changed.links.length };
};
