import type { Period, PeriodInput } from '../../shared/model/period';
import type { GoalSummary } from '../../shared/model/goal';
import { decideClose, decidePeriods, nextPeriodOf, unfinishedIn } from './calendar';

const q = (name: string, start: string, end: string, extra: Partial<Period> = {}): Period => ({
  id: name.replace(/\W/g, '-'),
  name,
  kind: 'quarter',
  start,
  end,
  closed: null,
  carried: {},
  ...extra,
});
const input = (p: Partial<PeriodInput> & Pick<PeriodInput, 'name' | 'start' | 'end'>): PeriodInput => ({ kind: 'quarter', ...p });
let n = 0;
const newId = () => `p-${++n}`;

const Q3 = q('Q3 2026', '2026-07-01', '2026-09-30');
const CLOSED_Q2 = q('Q2 2026', '2026-04-01', '2026-06-30', { closed: { at: '2026-07-01T09:00:00Z', by: 'exec', day: '2026-07-01' } });

describe('defining periods', () => {
  it.each<[string, Period[], PeriodInput[], string | null]>([
    [
      'two quarters side by side',
      [],
      [input({ name: 'Q1', start: '2026-01-01', end: '2026-03-31' }), input({ name: 'Q2', start: '2026-04-01', end: '2026-06-30' })],
      null,
    ],
    [
      'a year holding its quarters',
      [],
      [input({ name: 'FY', kind: 'year', start: '2026-01-01', end: '2026-12-31' }), input({ name: 'Q1', start: '2026-01-01', end: '2026-03-31' })],
      null,
    ],
    [
      'two quarters sharing a day',
      [],
      [input({ name: 'Q1', start: '2026-01-01', end: '2026-04-01' }), input({ name: 'Q2', start: '2026-04-01', end: '2026-06-30' })],
      'Overlaps “Q1”',
    ],
    [
      'one quarter inside another',
      [],
      [input({ name: 'A', start: '2026-01-01', end: '2026-06-30' }), input({ name: 'B', start: '2026-02-01', end: '2026-02-28' })],
      'Overlaps “A”',
    ],
    [
      'two halves overlapping',
      [],
      [
        input({ name: 'H1', kind: 'half', start: '2026-01-01', end: '2026-06-30' }),
        input({ name: 'H2', kind: 'half', start: '2026-06-01', end: '2026-12-31' }),
      ],
      'Overlaps “H1”',
    ],
    ['an end before the start', [], [input({ name: 'Q1', start: '2026-03-31', end: '2026-01-01' })], 'The end is before the start'],
    ['a one-day period', [], [input({ name: 'Day', start: '2026-03-31', end: '2026-03-31' })], null],
    [
      'two with one name, in other case',
      [],
      [input({ name: 'Q1', start: '2026-01-01', end: '2026-03-31' }), input({ name: 'q1', start: '2026-04-01', end: '2026-06-30' })],
      'Another period is called “q1”',
    ],
    [
      'an id that does not exist',
      [],
      [input({ id: 'nope', name: 'Q1', start: '2026-01-01', end: '2026-03-31' })],
      'This period does not exist any more; reload',
    ],
    ['a closed period removed', [CLOSED_Q2], [], '“Q2 2026” is closed and keeps its snapshot; it cannot be removed'],
    [
      'a closed period moved',
      [CLOSED_Q2],
      [input({ id: CLOSED_Q2.id, name: 'Q2 2026', start: '2026-04-02', end: '2026-06-30' })],
      '“Q2 2026” is closed: its dates and kind stay as they were',
    ],
    ['a closed period renamed', [CLOSED_Q2], [input({ id: CLOSED_Q2.id, name: 'Second quarter', start: '2026-04-01', end: '2026-06-30' })], null],
  ])('%s', (_, current, inputs, refusal) => {
    const r = decidePeriods(current, inputs, newId);
    if (refusal === null) expect(r.ok).toBe(true);
    else {
      expect(r).toMatchObject({ ok: false, failure: { code: 'VALIDATION' } });
      if (!r.ok) expect((r.failure.details as { message: string }[]).map((i) => i.message)).toContainEqual(expect.stringContaining(refusal));
    }
  });

  it('keeps a closed period’s close and carried goals, sorts by start and gives new periods an id', () => {
    const r = decidePeriods(
      [{ ...CLOSED_Q2, carried: { 'g-a': 'g-b' } }],
      [input({ name: 'Q3', start: '2026-07-01', end: '2026-09-30' }), input({ id: CLOSED_Q2.id, name: 'Q2 2026', start: '2026-04-01', end: '2026-06-30' })],
      () => 'p-new',
    );
    expect(r.ok && r.value.map((p) => [p.id, p.closed?.day ?? null, p.carried])).toEqual([
      [CLOSED_Q2.id, '2026-07-01', { 'g-a': 'g-b' }],
      ['p-new', null, {}],
    ]);
  });
});

describe('closing a period', () => {
  it.each<[string, Period, string, string | null]>([
    ['on the day after its end', Q3, '2026-10-01', null],
    ['on its last day', Q3, '2026-09-30', null],
    ['before its last day', Q3, '2026-09-29', 'VALIDATION'],
    ['a second time', CLOSED_Q2, '2026-11-28', 'CONFLICT'],
  ])('%s', (_, period, today, code) => {
    const r = decideClose(period, today);
    expect(r.ok ? null : r.failure.code).toBe(code);
  });

  it('carries goals into the next period of the same kind', () => {
    const year = { ...q('FY', '2026-01-01', '2026-12-31'), kind: 'year' as const };
    const q4 = q('Q4', '2026-10-01', '2026-12-31');
    const q1 = q('Q1 2027', '2027-01-01', '2027-03-31');
    expect(nextPeriodOf([q1, year, Q3, q4], Q3)?.name).toBe('Q4');
    expect(nextPeriodOf([Q3, year], Q3)).toBeNull();
  });

  it('never carries into a period already closed: the next open one of the kind, or none', () => {
    const q4 = q('Q4', '2026-10-01', '2026-12-31', { closed: { at: '2027-01-05T09:00:00Z', by: 'exec', day: '2027-01-05' } });
    const q1 = q('Q1 2027', '2027-01-01', '2027-03-31');
    expect(nextPeriodOf([Q3, q4, q1], Q3)?.name).toBe('Q1 2027');
    expect(nextPeriodOf([Q3, q4], Q3)).toBeNull();
  });

  const goal = (id: string, status: GoalSummary['status'], start: string | null, end: string | null) =>
    ({ id, status, timeframe: { start, end } }) as GoalSummary;
  it.each<[string, boolean, GoalSummary]>([
    ['active, due in the period', true, goal('a', 'active', '2026-01-01', '2026-08-31')],
    ['active, going on past it', true, goal('b', 'active', '2026-01-01', '2026-12-31')],
    ['draft without a timeframe', true, goal('c', 'draft', null, null)],
    ['achieved', false, goal('d', 'achieved', '2026-01-01', '2026-08-31')],
    ['archived', false, goal('e', 'archived', null, null)],
    ['ended before the period', false, goal('f', 'active', '2026-01-01', '2026-06-30')],
    ['starting after it', false, goal('g', 'active', '2026-10-01', '2026-12-31')],
  ])('a goal %s is unfinished: %s', (_, expected, g) => {
    expect(unfinishedIn(Q3, [g]).length === 1).toBe(expected);
  });
});
