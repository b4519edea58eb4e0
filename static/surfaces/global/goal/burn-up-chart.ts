// The geometry and words of a goal's burn-up on its page, pure: total and done issues over time as two lines on
// one scale, month ticks, round count ticks, and one sentence that says what the chart shows.
import type { BurnUpPoint } from '../../../../src/shared/api/burn-up';
import { day } from '../../../kit/ui/scorecard/words';
import { CHART, dayNumber, monthTicks, niceTicks, type Tick } from './kpi-chart';

export interface BurnUpModel {
  total: string;
  done: string;
  /** The last point, placed: where the two lines end today. */
  end: { x: number; total: number; done: number; yTotal: number; yDone: number };
  xTicks: Tick[];
  yTicks: Tick[];
}

export const burnUpModel = (points: readonly BurnUpPoint[]): BurnUpModel | null => {
  const last = points.at(-1);
  const first = points[0];
  if (!last || !first) return null;
  const { width, height, left, right, top, bottom } = CHART;
  const from = dayNumber(first.day);
  const to = Math.max(dayNumber(last.day), from + 1);
  const counts = niceTicks(0, Math.max(1, last.total));
  // The scale reaches at least today's total: one more round step when the ticks stop short of it.
  const step = (counts[1] ?? 1) - (counts[0] ?? 0);
  if ((counts.at(-1) ?? 0) < last.total) counts.push((counts.at(-1) ?? 0) + step);
  const max = Math.max(counts.at(-1) ?? 1, 1);
  const x = (d: string) => left + ((dayNumber(d) - from) / (to - from)) * (width - left - right);
  const y = (n: number) => height - bottom - (n / max) * (height - top - bottom);
  const line = (pick: (p: BurnUpPoint) => number) => points.map((p) => `${x(p.day).toFixed(1)},${y(pick(p)).toFixed(1)}`).join(' ');
  return {
    total: line((p) => p.total),
    done: line((p) => p.done),
    end: { x: x(last.day), total: last.total, done: last.done, yTotal: y(last.total), yDone: y(last.done) },
    xTicks: monthTicks(from, to).map((t) => ({ at: left + ((t.day - from) / (to - from)) * (width - left - right), label: t.label })),
    yTicks: counts.map((n) => ({ at: y(n), label: String(n) })),
  };
};

const percent = (done: number, total: number): string => (total === 0 ? '' : ` (${Math.round((done / total) * 100)}%)`);

/** "Today, 28 Nov 2026: 120 of 180 issues done (67%). On 1 Mar 2026: 12 of 40." */
export const burnUpSentence = (points: readonly BurnUpPoint[]): string => {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No work you can see under this goal yet.';
  const now = `${day(last.day)}: ${last.done} of ${last.total} issues done${percent(last.done, last.total)}.`;
  if (first.day === last.day) return now;
  return `${now} On ${day(first.day)}: ${first.total === 0 ? 'none of it had been created yet' : `${first.done} of ${first.total}`}.`;
};
