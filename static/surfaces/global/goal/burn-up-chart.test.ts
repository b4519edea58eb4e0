// A goal's burn-up on its page: two lines on one scale ending today, and the sentence that tells it.
import { CHART } from './kpi-chart';
import { burnUpModel, burnUpSentence } from './burn-up-chart';

const points = [
  { day: '2026-09-01', total: 40, done: 10 },
  { day: '2026-10-01', total: 60, done: 30 },
  { day: '2026-11-28', total: 80, done: 60 },
];

describe('a goal’s burn-up chart', () => {
  it('draws total and done from the first day to today on one scale from zero', () => {
    const m = burnUpModel(points)!;
    expect(m.total.split(' ')).toHaveLength(3);
    expect(m.done.split(' ')).toHaveLength(3);
    expect(m.end.x).toBeCloseTo(CHART.width - CHART.right);
    expect(m.end.yDone).toBeGreaterThan(m.end.yTotal);
    expect(m.yTicks[0]).toEqual({ at: CHART.height - CHART.bottom, label: '0' });
    expect(Number(m.yTicks.at(-1)!.label)).toBeGreaterThanOrEqual(80);
    expect(m.xTicks.map((t) => t.label)).toEqual(['Sep 2026', 'Oct', 'Nov']);
  });

  it('reaches at least today’s total, so the total line stays on the chart', () => {
    const m = burnUpModel([{ day: '2026-11-28', total: 22, done: 19 }])!;
    expect(Number(m.yTicks.at(-1)!.label)).toBeGreaterThanOrEqual(22);
    expect(m.end.yTotal).toBeGreaterThanOrEqual(CHART.top);
  });

  it('draws nothing without points', () => {
    expect(burnUpModel([])).toBeNull();
  });

  it('says where the work stands today and where it started', () => {
    expect(burnUpSentence(points)).toMatch(/^.*28.*2026: 60 of 80 issues done \(75%\)\. On .*1.*2026: 10 of 40\.$/);
    expect(burnUpSentence([points[2]!])).toMatch(/: 60 of 80 issues done \(75%\)\.$/);
    expect(burnUpSentence([])).toBe('No work you can see under this goal yet.');
    // A series that starts before any of the work existed says so, not "0 of 0".
    expect(burnUpSentence([{ ...points[0]!, done: 0, total: 0 }, points[2]!])).toMatch(/issues done \(75%\)\. On .*: none of it had been created yet\.$/);
  });
});
