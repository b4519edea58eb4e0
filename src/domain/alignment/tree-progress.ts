// Totals of work under a tree node, and its progress under the active rule (the roll-up domain's rules, adapted
// to the shape the tree passes around). Services take the progress function as a dependency.
import type { Totals } from '../../shared/api/alignment';
import type { ProgressRule, StatusCounts } from '../../shared/model/rollup';
import { progress } from '../rollup/progress';

export type ProgressFn = (rule: ProgressRule, work: Pick<Totals, 'counts' | 'points'>) => number | null;

export const ZERO: Totals = { epics: 0, counts: { todo: 0, inProgress: 0, done: 0 }, points: { todo: 0, inProgress: 0, done: 0 } };

const sum = (a: StatusCounts, b: StatusCounts): StatusCounts => ({ todo: a.todo + b.todo, inProgress: a.inProgress + b.inProgress, done: a.done + b.done });

export const addTotals = (a: Totals, b: Totals): Totals => ({ epics: a.epics + b.epics, counts: sum(a.counts, b.counts), points: sum(a.points, b.points) });

export const progressOf: ProgressFn = (rule, work) => progress(work.counts, work.points, rule);
