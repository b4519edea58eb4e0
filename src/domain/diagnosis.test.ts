// The diagnosis of a goal from delivery and outcome, as a table, each explained with its numbers.
import type { KpiStatus } from '../shared/model/kpi';
import { deliveryReading, diagnose, elapsedShare, outcomeReading } from './diagnosis';

const YEAR = { start: '2026-01-01', end: '2026-12-31' };
const TODAY = '2026-07-02'; // half of the year gone
const input = (deliveryProgress: number | null, kpiStatuses: KpiStatus[], leftOut = 0) => ({
  deliveryProgress,
  timeframe: YEAR,
  kpiStatuses,
  leftOut,
  today: TODAY,
});

describe('the delivery signal: work done against time gone', () => {
  it.each([
    [0.5, YEAR, 'on-track'],
    [0.48, YEAR, 'on-track'],
    [0.46, YEAR, 'off-track'],
    [0.1, YEAR, 'off-track'],
    [1, YEAR, 'on-track'],
    [0, { start: '2026-09-01', end: '2026-12-31' }, 'on-track'],
    [0.9, { start: '2025-01-01', end: '2025-12-31' }, 'off-track'],
    [0.5, { start: '2026-01-01', end: null }, 'unknown'],
    [null, YEAR, 'unknown'],
    [Number.NaN, YEAR, 'unknown'],
  ] as const)('%d done in %j → %s', (progress, timeframe, signal) => {
    expect(deliveryReading(progress, timeframe, TODAY).signal).toBe(signal);
  });
});

describe('the outcome signal: KPIs with a current measurement', () => {
  it.each([
    [['on-track', 'on-track', 'on-track'], 'on-track'],
    [['on-track', 'on-track', 'at-risk'], 'on-track'],
    [['on-track', 'at-risk'], 'off-track'],
    [['on-track', 'on-track', 'on-track', 'off-track'], 'off-track'],
    [['at-risk'], 'off-track'],
    [[], 'unknown'],
  ] as const)('%j → %s', (statuses, signal) => {
    expect(outcomeReading(statuses, 0).signal).toBe(signal);
  });
});

describe('the diagnosis', () => {
  it.each([
    ['both on track', 0.5, ['on-track', 'on-track'], 'in-reach', 'In reach', 'In reach: work is 50% done with 50% of the time gone, and 2 of 2 KPIs on track.'],
    [
      'work on track, outcomes off',
      0.55,
      ['on-track', 'off-track'],
      'shift-strategy',
      'Shift strategy',
      'Shift strategy: the work is on plan (work is 55% done with 50% of the time gone) but only 1 of 2 KPIs on track (1 off track); the work may not be moving the outcomes.',
    ],
    [
      'work off, outcomes off',
      0.2,
      ['at-risk', 'off-track'],
      'shift-execution',
      'Shift execution',
      'Shift execution: the work is behind (work is 20% done with 50% of the time gone) and only 0 of 2 KPIs on track (1 at risk, 1 off track).',
    ],
    [
      'work off, outcomes fine',
      0.2,
      ['on-track'],
      'rebalance',
      'Rebalance',
      'Rebalance: the work is behind (work is 20% done with 50% of the time gone) yet 1 of 1 KPI on track; the work may not be what drives the outcome.',
    ],
    ['work unknown, outcomes fine', null, ['on-track'], 'outcomes-only', 'Outcomes on track', '1 of 1 KPI on track; progress of the work is not known yet.'],
    [
      'work unknown, outcomes off',
      null,
      ['off-track'],
      'outcomes-only',
      'Outcomes not on track',
      '0 of 1 KPI on track (1 off track); progress of the work is not known yet.',
    ],
    [
      'work unknown, one KPI at risk',
      null,
      ['at-risk'],
      'outcomes-only',
      'Outcomes not on track',
      '0 of 1 KPI on track (1 at risk); progress of the work is not known yet.',
    ],
    ['work on track, no KPIs', 0.6, [], 'delivery-only', 'Work on plan', 'Work is 60% done with 50% of the time gone; the goal has no KPIs.'],
    ['work off, no KPIs', 0.1, [], 'delivery-only', 'Work behind plan', 'Work is 10% done with 50% of the time gone; the goal has no KPIs.'],
    ['nothing known', null, [], 'unknown', 'Not enough signal', 'Not enough signal: the goal has no KPIs, and progress of the work is not known yet.'],
  ] as const)('%s → %s', (_name, progress, statuses, kind, headline, sentence) => {
    expect(diagnose(input(progress, [...statuses]))).toEqual({ kind, headline, sentence, delivery: expect.any(String), outcome: expect.any(String) });
  });

  it('says so when no work the viewer can see serves the goal, rather than "not known yet"', () => {
    const unseen = (kpiStatuses: KpiStatus[]) => diagnose({ ...input(null, kpiStatuses), noVisibleWork: true });
    expect(unseen(['on-track'])).toMatchObject({
      kind: 'outcomes-only',
      delivery: 'unknown',
      headline: 'Outcomes on track',
      sentence: '1 of 1 KPI on track; no work you can see serves this goal.',
    });
    expect(unseen([])).toMatchObject({ kind: 'unknown', sentence: 'Not enough signal: the goal has no KPIs, and no work you can see serves this goal.' });
    // A known figure wins: the flag only words a missing one.
    expect(diagnose({ ...input(0.5, ['on-track']), noVisibleWork: true }).kind).toBe('in-reach');
    expect(deliveryReading(null, YEAR, TODAY, false).phrase).toBe('progress of the work is not known yet');
  });

  it('says which KPIs it left out because they are stale or empty', () => {
    expect(diagnose(input(null, ['on-track'], 2)).sentence).toBe(
      '1 of 1 KPI on track (2 stale or empty KPIs left out); progress of the work is not known yet.',
    );
    expect(diagnose(input(null, [], 1)).sentence).toBe(
      'Not enough signal: no KPI has a current measurement (1 stale or empty KPI left out), and progress of the work is not known yet.',
    );
  });
});

describe('the outcome phrase', () => {
  it('puts what is at risk and what was left out in one aside', () => {
    expect(outcomeReading(['on-track', 'on-track', 'at-risk', 'off-track'], 1).phrase).toBe(
      '2 of 4 KPIs on track (1 at risk, 1 off track; 1 stale or empty KPI left out)',
    );
  });
});

describe('expected by now: the share of a timeframe gone by', () => {
  const q = { start: '2026-10-01', end: '2026-12-31' };
  it.each([
    ['before the start', '2026-09-01', 0],
    ['on the start', '2026-10-01', 0],
    ['half way', '2026-11-15', 45 / 91],
    ['after the end', '2027-02-01', 1],
  ])('%s', (_, today, share) => {
    expect(elapsedShare(q, today)).toBeCloseTo(share);
  });

  it('is unknown without both dates', () => {
    expect(elapsedShare({ start: '2026-10-01', end: null }, '2026-11-01')).toBeNull();
  });
});
