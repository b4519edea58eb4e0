// A goal's KPI health: the worst current status, else stale, else no data; counted as the scorecards count, with
// the admin page's default bands for KPIs without their own.
import { aKpi, series } from '../../../test/builders/kpis';
import type { GoalHealth } from '../../shared/model/goal-health';
import { goalHealthSentence } from '../../shared/model/goal-health';
import { goalHealth, healthState } from './goal-health';
import type { KpiData } from './scorecard';

// Baseline 100 on 1 Jan 2026, target 200 on 31 Dec: on 2 July, 150 is expected.
const TODAY = '2026-07-10';
const AT = '2026-07-10T05:00:00.000Z';
const kpi = (id: string, value: number | null, over: Parameters<typeof aKpi>[0] = {}, date = '2026-07-02'): KpiData => ({
  kpi: aKpi({ id, ...over }),
  measurements: value === null ? [] : series([date, value]).map((m) => ({ ...m, kpiId: id })),
  run: null,
});
/** Weekly, last measured 20 days ago: stale. */
const STALE = (id: string) => kpi(id, 140, { cadence: 'weekly' }, '2026-06-20');
const ON = (id: string) => kpi(id, 150);
const RISK = (id: string) => kpi(id, 145); // 90% of the expected progress
const OFF = (id: string) => kpi(id, 130);

describe('the state of a goal’s KPI health', () => {
  it.each(
    (
      [
        ['no KPIs', [], 'no-kpis'],
        ['all on track', [ON('a'), ON('b')], 'on-track'],
        ['one at risk among on track', [ON('a'), RISK('b'), ON('c')], 'at-risk'],
        ['one off track wins over at risk', [RISK('a'), OFF('b')], 'off-track'],
        ['stale values only', [STALE('a')], 'stale'],
        ['on track beside a stale one', [ON('a'), STALE('b')], 'on-track'],
        ['no measurement yet', [kpi('a', null, { baseline: { value: 100, date: '2026-07-01' } })], 'no-data'],
      ] as [string, KpiData[], GoalHealth['state']][]
    ).map(([name, kpis, state]) => [name, state, kpis] as const),
  )('%s → %s', (_name, state, kpis) => expect(goalHealth(kpis, TODAY, AT).state).toBe(state));

  it('counts as the scorecards count, and keeps the day and moment it was evaluated', () => {
    const h = goalHealth([ON('a'), RISK('b'), OFF('c'), STALE('d'), kpi('e', null, { baseline: { value: 100, date: '2026-07-01' } })], TODAY, AT);
    expect(h).toEqual({ state: 'off-track', kpis: 5, onTrack: 1, atRisk: 1, offTrack: 1, stale: 1, noData: 1, asOf: TODAY, computedAt: AT });
    expect(goalHealthSentence(h)).toBe('1 of 5 KPIs on track, 1 at risk, 1 off track, 1 stale, 1 without data');
  });

  it('uses the default bands for KPIs without their own, and a KPI’s own bands before them', () => {
    const strict = { onTrack: 1, atRisk: 0.95 };
    expect(goalHealth([RISK('a')], TODAY, AT).state).toBe('at-risk');
    expect(goalHealth([RISK('a')], TODAY, AT, { onTrack: 0.9, atRisk: 0.8 }).state).toBe('on-track');
    expect(goalHealth([ON('a')], TODAY, AT, strict).state).toBe('on-track');
    expect(goalHealth([kpi('a', 148)], TODAY, AT, strict).state).toBe('at-risk');
    expect(goalHealth([kpi('a', 148, { bands: { onTrack: 0.9, atRisk: 0.8 } })], TODAY, AT, strict).state).toBe('on-track');
  });

  it('names the counts in words', () => {
    const none = goalHealth([], TODAY, AT);
    expect(goalHealthSentence(none)).toBe('This goal has no KPIs of its own (its sub-goals may have some)');
    expect(goalHealthSentence(goalHealth([ON('a'), ON('b'), RISK('c')], TODAY, AT))).toBe('2 of 3 KPIs on track, 1 at risk');
    expect(goalHealthSentence(goalHealth([ON('a')], TODAY, AT))).toBe('1 of 1 KPI on track');
    expect(healthState({ kpis: 2, onTrack: 0, atRisk: 0, offTrack: 0, stale: 0, noData: 2 })).toBe('no-data');
  });
});
