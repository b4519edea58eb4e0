// The scorecards' words: status told by icon and word, numbers with their units, days, targets, trends and forecasts.
import { KPI_STATUSES, type KpiEvaluation } from '../../../../src/shared/model/kpi';
import {
  CADENCE,
  CATEGORY,
  CHECK_IN_STATE,
  checkInDisagrees,
  day,
  forecastWords,
  num,
  scopeLabel,
  scorecardsShown,
  STATUS,
  targetWords,
  trendWords,
  withUnit,
} from './words';

const evaluation = (over: Partial<KpiEvaluation> = {}): KpiEvaluation => ({
  current: { date: '2026-11-01', value: 150 },
  status: 'on-track',
  expected: 140,
  ratio: 1.1,
  trend: null,
  forecast: null,
  stale: null,
  explanation: '',
  ...over,
});
const trend = (direction: 'up' | 'down' | 'flat', good: boolean | null) => ({ direction, good, perDay: 0.5, points: 4 });

describe('a KPI status', () => {
  it('is told by an icon and a word for every status, never by colour alone', () => {
    expect(KPI_STATUSES.map((s) => `${STATUS[s].icon} ${STATUS[s].word} (${STATUS[s].appearance})`)).toEqual([
      '✓ On track (success)',
      '▲ At risk (warning)',
      '✕ Off track (danger)',
    ]);
  });

  it('names categories, cadences and check-in states', () => {
    expect([CATEGORY.operational, CATEGORY.sales, CATEGORY.customer, CATEGORY.custom]).toEqual([
      'Operational efficiency',
      'Sales performance',
      'Customer satisfaction',
      'Custom',
    ]);
    expect([CADENCE.weekly, CADENCE.monthly, CADENCE.quarterly]).toEqual(['Weekly', 'Monthly', 'Quarterly']);
    expect([CHECK_IN_STATE['not-expected'], CHECK_IN_STATE['on-time'], CHECK_IN_STATE.overdue]).toEqual(['Not expected', 'On time', 'Overdue']);
  });
});

describe('a number', () => {
  it.each([
    [0, '0'],
    [3.14159, '3.14'],
    [99.999, '100'],
    [1234.56, '1,234.6'],
    [-250.26, '-250.3'],
    [45200000, '45,200,000'],
  ])('writes %p as %p', (v, words) => {
    expect(num(v)).toBe(words);
  });
});

describe('a value with its unit', () => {
  it.each([
    [45.2, '$M', '$45.2M'],
    [12, '$', '$12'],
    [91.1, '%', '91.1%'],
    [13, 'hours', '13 hours'],
    [7, '', '7'],
    [1500, 'tickets', '1,500 tickets'],
  ])('writes %p in %p as %p', (v, unit, words) => {
    expect(withUnit(v, unit)).toBe(words);
  });
});

describe('a day as the server writes it', () => {
  it.each([
    ['2026-11-28', '28 Nov 2026'],
    ['2026-01-05', '5 Jan 2026'],
    ['2026-12-31T10:00:00Z', '31 Dec 2026'],
    ['2026-13-01', '2026-13-01'],
    ['28/11/2026', '28/11/2026'],
    ['', ''],
  ])('writes %p as %p', (iso, words) => {
    expect(day(iso)).toBe(words);
  });
});

describe('a target in words', () => {
  it.each([
    [{ direction: 'increase', value: 200 } as const, '$k', '≥ $200k'],
    [{ direction: 'decrease', value: 4.5 } as const, 'hours', '≤ 4.5 hours'],
    [{ direction: 'range', min: 90, max: 95 } as const, '%', '90%–95%'],
  ])('writes %p in %p as %p', (t, unit, words) => {
    expect(targetWords(t, unit)).toBe(words);
  });
});

describe('a trend in words', () => {
  it.each([
    [null, 'Not enough data'],
    [trend('up', true), 'Rising, good'],
    [trend('down', false), 'Falling, bad'],
    [trend('down', true), 'Falling, good'],
    [trend('flat', null), 'Flat'],
  ])('writes %p as %p', (t, words) => {
    expect(trendWords(evaluation({ trend: t }))).toBe(words);
  });
});

describe('a forecast in words', () => {
  it.each([
    ['fit', true, { icon: '✓', word: 'In reach' }],
    ['fit', false, { icon: '✕', word: 'Out of reach' }],
    ['final', true, { icon: '✓', word: 'Target met' }],
    ['final', false, { icon: '✕', word: 'Target missed' }],
  ] as const)('a %s forecast that is reachable=%p reads %p', (basis, reachable, words) => {
    expect(forecastWords({ value: 1, basis, reachable })).toEqual(words);
  });
});

describe('a page of scorecards', () => {
  it('says how many goals are shown of how many, in the same words on the tab and in the macro', () => {
    expect(scorecardsShown(50, 1200)).toBe('Showing the scorecards of 50 of 1,200 goals.');
  });
});

describe('when the check-in and the figures disagree', () => {
  const inReach = { kind: 'in-reach', delivery: 'on-track', outcome: 'on-track', headline: 'In reach' } as const;
  const shift = { kind: 'shift-execution', delivery: 'off-track', outcome: 'off-track', headline: 'Shift execution' } as const;
  const checkIn = (status: 'on-track' | 'at-risk' | 'off-track', confidence = 3) => ({ date: '2026-12-07', status, confidence });

  it('says so when the people are more worried than the figures', () => {
    expect(checkInDisagrees(inReach, checkIn('at-risk'))).toBe(
      'At risk on 7 Dec 2026 (confidence: medium), while the figures say it is in reach: the people may know something the figures miss.',
    );
    expect(checkInDisagrees({ kind: 'outcomes-only', delivery: 'unknown', outcome: 'on-track', headline: 'On track' }, checkIn('off-track', 1))).toMatch(
      /^Off track on 7 Dec 2026 \(confidence: very low\)/,
    );
  });

  it('says so when the people are calmer than the figures', () => {
    expect(checkInDisagrees(shift, checkIn('on-track', 5))).toBe(
      'On track on 7 Dec 2026 (confidence: very high), while the figures say “Shift execution”: the next check-in should say what it rests on, or act on the figures.',
    );
  });

  it('says nothing when they agree, or when either has nothing to say', () => {
    expect(checkInDisagrees(inReach, checkIn('on-track'))).toBeNull();
    expect(checkInDisagrees(shift, checkIn('off-track'))).toBeNull();
    expect(checkInDisagrees(inReach, null)).toBeNull();
    expect(checkInDisagrees({ kind: 'unknown', delivery: 'unknown', outcome: 'unknown', headline: 'Not known yet' }, checkIn('at-risk'))).toBeNull();
  });
});

describe('whose figures a verdict judges', () => {
  it('says “Work” on a goal’s own card when it has no KPIs of its own, and “Own KPIs” or “Whole branch” otherwise', () => {
    expect(scopeLabel('goal', 'delivery-only').label).toBe('Work');
    expect(scopeLabel('goal', 'in-reach').label).toBe('Own KPIs');
    expect(scopeLabel('goal', 'outcomes-only').label).toBe('Own KPIs');
    expect(scopeLabel('branch', 'delivery-only').label).toBe('Whole branch');
  });
});
