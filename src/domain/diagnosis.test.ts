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
    [
      'both on track',
      0.5,
      ['on-track', 'on-track'],
      'in-reach',
      'In reach',
      'Keep going: work is 50% done with 50% of the time gone, and 2 of 2 KPIs on track.',
    ],
    [
      'work on track, outcomes off',
      0.55,
      ['on-track', 'off-track'],
      'shift-strategy',
      'Shift strategy',
      'Change what the work is: it is on plan (work is 55% done with 50% of the time gone) but only 1 of 2 KPIs on track (1 off track), so this work is not moving the outcomes.',
    ],
    [
      'work off, outcomes off',
      0.2,
      ['at-risk', 'off-track'],
      'shift-execution',
      'Shift execution',
      'Get the work back on plan: it is behind (work is 20% done with 50% of the time gone) and only 0 of 2 KPIs on track (1 at risk, 1 off track).',
    ],
    [
      'work off, outcomes fine',
      0.2,
      ['on-track'],
      'rebalance',
      'Rebalance',
      'Move effort to where it counts: the outcomes are on track (1 of 1 KPI on track) though the work is behind (work is 20% done with 50% of the time gone), so trim the work that does not drive them or lend its people to goals that need them.',
    ],
    [
      'work not counted, outcomes fine',
      null,
      ['on-track'],
      'outcomes-only',
      'Outcomes on track',
      'Align work to this goal (epics with their issues) to measure its pace: 1 of 1 KPI on track; none of its work is counted yet.',
    ],
    [
      'work not counted, outcomes off',
      null,
      ['off-track'],
      'outcomes-only',
      'Outcomes not on track',
      'Align work to this goal (epics with their issues) to measure its pace: 0 of 1 KPI on track (1 off track); none of its work is counted yet.',
    ],
    [
      'work not counted, one KPI at risk',
      null,
      ['at-risk'],
      'outcomes-only',
      'Outcomes not on track',
      'Align work to this goal (epics with their issues) to measure its pace: 0 of 1 KPI on track (1 at risk); none of its work is counted yet.',
    ],
    [
      'work on track, no KPIs',
      0.6,
      [],
      'delivery-only',
      'Work on plan',
      'Add a KPI to see whether the outcomes follow: work is 60% done with 50% of the time gone; the goal has no KPIs.',
    ],
    [
      'work off, no KPIs',
      0.1,
      [],
      'delivery-only',
      'Work behind plan',
      'Add a KPI to see whether the outcomes follow: work is 10% done with 50% of the time gone; the goal has no KPIs.',
    ],
    [
      'nothing known',
      null,
      [],
      'unknown',
      'Not enough signal',
      'Add a KPI to see whether the outcomes follow, and align work to this goal (epics with their issues) to measure its pace: the goal has no KPIs, and none of its work is counted yet.',
    ],
  ] as const)('%s → %s', (_name, progress, statuses, kind, headline, sentence) => {
    expect(diagnose(input(progress, [...statuses]))).toEqual({ kind, headline, sentence, delivery: expect.any(String), outcome: expect.any(String) });
  });

  it('opens every sentence with what to do, and never words "Rebalance" like "Shift strategy"', () => {
    const rebalance = diagnose(input(0.2, ['on-track'])).sentence;
    const shift = diagnose(input(0.55, ['on-track', 'off-track'])).sentence;
    const opening = (s: string) => s.slice(0, s.indexOf(':'));
    expect(opening(rebalance)).not.toBe(opening(shift));
    expect(rebalance).not.toMatch(/not moving|may not/);
    for (const [p, k] of [
      [0.5, ['on-track']],
      [0.2, ['off-track']],
      [0.55, ['off-track']],
      [0.2, ['on-track']],
      [null, []],
      [0.4, []],
    ] as const) {
      expect(diagnose(input(p, [...k])).sentence).toMatch(/^(Keep|Change|Get|Move|Align|Add|Record|Give|You) /);
    }
  });

  it('tells a reader who sees none of the work exactly that, never "not known yet"', () => {
    const unseen = (kpiStatuses: KpiStatus[]) => diagnose({ ...input(null, kpiStatuses), noVisibleWork: true });
    expect(unseen(['on-track'])).toMatchObject({
      kind: 'outcomes-only',
      delivery: 'unknown',
      headline: 'Outcomes on track',
      sentence: "You can't see any of the work behind this goal; 1 of 1 KPI on track.",
    });
    expect(unseen([])).toMatchObject({ kind: 'unknown', sentence: "You can't see any of the work behind this goal, and the goal has no KPIs." });
    // A known figure wins: the flag only words a missing one.
    expect(diagnose({ ...input(0.5, ['on-track']), noVisibleWork: true }).kind).toBe('in-reach');
    expect(deliveryReading(null, YEAR, TODAY, { noVisibleWork: false }).phrase).toBe('none of its work is counted yet');
    expect(deliveryReading(null, YEAR, TODAY, { noVisibleWork: true }).phrase).not.toMatch(/not known/);
  });

  it('says whose KPIs it counts: the goal’s own, or its whole branch’s', () => {
    expect(diagnose({ ...input(0.5, ['on-track', 'on-track']), kpiScope: 'branch' }).sentence).toBe(
      'Keep going: work is 50% done with 50% of the time gone, and 2 of 2 KPIs across the branch on track.',
    );
  });

  it('says which KPIs it left out because they are stale or empty, and asks for current values when none is left', () => {
    expect(diagnose(input(null, ['on-track'], 2)).sentence).toBe(
      'Align work to this goal (epics with their issues) to measure its pace: 1 of 1 KPI on track (2 stale or empty KPIs left out); none of its work is counted yet.',
    );
    expect(diagnose(input(0.5, [], 1)).sentence).toBe(
      'Record current values of its KPIs: work is 50% done with 50% of the time gone; no KPI has a current measurement (1 stale or empty KPI left out).',
    );
  });

  it('asks no end date of a process (an ongoing function) and judges it by its outcomes', () => {
    const ongoing = { start: '2026-01-01', end: null };
    expect(diagnose({ ...input(0.5, ['on-track']), timeframe: ongoing, level: 'process' })).toMatchObject({
      kind: 'outcomes-only',
      headline: 'Outcomes on track',
      sentence: 'Judge it by its outcomes: 1 of 1 KPI on track; work is 50% done; an ongoing process is not measured against an end date.',
    });
    expect(diagnose({ ...input(0.5, []), timeframe: ongoing, level: 'process' }).sentence).toBe(
      'Add a KPI to see whether the outcomes follow: the goal has no KPIs; work is 50% done; an ongoing process is not measured against an end date.',
    );
    for (const kpis of [['on-track'], []] as KpiStatus[][])
      expect(diagnose({ ...input(0.5, kpis), timeframe: ongoing, level: 'process' }).sentence).not.toMatch(/end date to measure/);
    // A process with an end is measured against it like any goal.
    expect(diagnose({ ...input(0.5, ['on-track']), level: 'process' }).kind).toBe('in-reach');
  });

  it('says a goal with no work at all has none aligned yet, not that the reader cannot see it', () => {
    const none = (kpiStatuses: KpiStatus[]) => diagnose({ ...input(null, kpiStatuses), noVisibleWork: true, noWorkAligned: true });
    expect(none(['on-track']).sentence).toBe(
      'Align a project or tag epics with this goal to measure its pace: 1 of 1 KPI on track; no work is aligned to it yet.',
    );
    expect(none([]).sentence).toBe(
      'Add a KPI to see whether the outcomes follow, and align a project or tag epics with this goal to measure its pace: the goal has no KPIs, and no work is aligned to it yet.',
    );
    for (const k of [['on-track'], []] as KpiStatus[][]) expect(none(k).sentence).not.toMatch(/can't see/);
  });

  it('asks for an end date when the work cannot be measured against time', () => {
    expect(diagnose({ ...input(0.5, ['on-track']), timeframe: { start: '2026-01-01', end: null } }).sentence).toBe(
      'Give the goal an end date to measure its work against: 1 of 1 KPI on track; work is 50% done but the goal has no end date to measure it against.',
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
