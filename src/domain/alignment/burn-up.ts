// A goal's burn-up: how much work there was and how much of it was done, day by day, rebuilt from each issue's
// creation date and the date it entered the done category. Only today's issues count (work moved away or deleted
// is not remembered), and work reopened counts as not done until it is done again. At most MAX_POINTS points, evenly
// spaced from the start to today, today always last. Pure.
import type { BurnUpPoint } from '../../shared/api/burn-up';

export interface WorkDay {
  /** 'YYYY-MM-DD' (UTC). */
  created: string;
  done: string | null;
}

export const MAX_POINTS = 53;
const DAY = 86_400_000;

const dayOf = (iso: string): string => iso.slice(0, 10);
const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);

export const workDays = (items: readonly { created: string; doneAt: string | null }[]): WorkDay[] =>
  items.map((i) => ({ created: dayOf(i.created), done: i.doneAt ? dayOf(i.doneAt) : null }));

/** Where the chart starts: the goal's start when it has one and it is past, else the first issue's creation. */
export const burnUpStart = (work: readonly WorkDay[], goalStart: string | null, today: string): string => {
  if (goalStart && goalStart <= today) return goalStart;
  const first = work.reduce<string | null>((min, w) => (min === null || w.created < min ? w.created : min), null);
  return first && first < today ? first : today;
};

export const burnUp = (work: readonly WorkDay[], from: string, today: string): BurnUpPoint[] => {
  const span = Math.max(0, daysBetween(from, today));
  const step = Math.max(1, Math.ceil(span / (MAX_POINTS - 1)));
  const days: string[] = [];
  for (let d = 0; d < span; d += step) days.push(addDays(from, d));
  days.push(today);
  return days.map((day) => ({
    day,
    total: work.filter((w) => w.created <= day).length,
    done: work.filter((w) => w.done !== null && w.done <= day).length,
  }));
};

/**
 * The goals whose epics a burn-up reads, in the order given: all of them while their issues (the roll-ups' counts of
 * the work the viewer may browse) stay under `max`, else only as many as reach it, since Jira's read stops at `max`
 * issues anyway. `skipped`: goals were left out, so the answer is truncated whatever Jira returns (the roll-ups may
 * lag Jira).
 */
export const goalsToRead = (goalIds: readonly string[], issuesOf: (goalId: string) => number, max: number): { ids: string[]; skipped: boolean } => {
  const ids: string[] = [];
  let issues = 0;
  for (const id of goalIds) {
    if (issues >= max) return { ids, skipped: true };
    ids.push(id);
    issues += issuesOf(id);
  }
  return { ids, skipped: false };
};
