// Work totals (issues by status category, story points by status category) and their arithmetic. Points are
// rounded so that adding and later subtracting the same epic leaves no floating-point residue behind.
import type { StatusCounts } from '../../shared/model/rollup';

export type PointTotals = StatusCounts;
export interface Totals {
  counts: StatusCounts;
  points: PointTotals;
}

export const ZERO_COUNTS: StatusCounts = Object.freeze({ todo: 0, inProgress: 0, done: 0 });
export const zeroTotals = (): Totals => ({ counts: { ...ZERO_COUNTS }, points: { ...ZERO_COUNTS } });

const KEYS = ['todo', 'inProgress', 'done'] as const;

/** Three decimals are plenty for story points (0.5, 0.25) and stop 0.1 + 0.2 drifting. */
export const roundPoints = (n: number): number => Math.round(n * 1000) / 1000;

const combine = (a: StatusCounts, b: StatusCounts, sign: 1 | -1, round: (n: number) => number): StatusCounts => {
  const out = { ...ZERO_COUNTS };
  // A subtraction below zero means the stored totals drifted; clamp, and let the reconcile job repair them.
  for (const k of KEYS) out[k] = Math.max(0, round(a[k] + sign * b[k]));
  return out;
};

export const addTotals = (a: Totals, b: Totals): Totals => ({
  counts: combine(a.counts, b.counts, 1, Math.round),
  points: combine(a.points, b.points, 1, roundPoints),
});

export const subtractTotals = (a: Totals, b: Totals): Totals => ({
  counts: combine(a.counts, b.counts, -1, Math.round),
  points: combine(a.points, b.points, -1, roundPoints),
});

export const sumTotals = (items: Iterable<Totals>): Totals => {
  let acc = zeroTotals();
  for (const t of items) acc = addTotals(acc, t);
  return acc;
};

export const issueCount = (c: StatusCounts): number => c.todo + c.inProgress + c.done;
export const pointTotal = (p: PointTotals): number => roundPoints(p.todo + p.inProgress + p.done);

export const sameTotals = (a: Totals, b: Totals): boolean =>
  KEYS.every((k) => a.counts[k] === b.counts[k] && roundPoints(a.points[k]) === roundPoints(b.points[k]));
