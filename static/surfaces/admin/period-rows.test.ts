import { inputsOf, rowsOf, suggestRow, type PeriodRow } from './period-rows';

const row = (over: Partial<PeriodRow>): PeriodRow => ({
  key: 'k',
  name: 'Q3 2026',
  kind: 'quarter',
  start: '2026-07-01',
  end: '2026-09-30',
  closed: null,
  ...over,
});

describe('suggesting the next period', () => {
  it.each<[string, PeriodRow[], PeriodRow['kind'], string, [string, string, string]]>([
    ['the quarter after the last one', [row({})], 'quarter', '2026-11-28', ['Q4 2026', '2026-10-01', '2026-12-31']],
    ['across a year end', [row({ start: '2026-10-01', end: '2026-12-31' })], 'quarter', '2026-11-28', ['Q1 2027', '2027-01-01', '2027-03-31']],
    ['the quarter holding today when none exists', [], 'quarter', '2026-11-28', ['Q4 2026', '2026-10-01', '2026-12-31']],
    ['the half holding today', [row({})], 'half', '2026-02-28', ['H1 2026', '2026-01-01', '2026-06-30']],
    [
      'the year after the last one',
      [row({ kind: 'year', start: '2026-01-01', end: '2026-12-31' })],
      'year',
      '2026-11-28',
      ['FY 2027', '2027-01-01', '2027-12-31'],
    ],
  ])('%s', (_, rows, kind, today, [name, start, end]) => {
    expect(suggestRow(rows, kind, today, 'new')).toMatchObject({ name, start, end, kind });
  });
});

it('sends new rows without an id and saved ones with theirs', () => {
  const rows = [...rowsOf([{ id: 'p-1', name: 'Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30', closed: null, carried: {} }]), row({ key: 'n' })];
  expect(inputsOf(rows)).toEqual([
    { id: 'p-1', name: 'Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30' },
    { name: 'Q3 2026', kind: 'quarter', start: '2026-07-01', end: '2026-09-30' },
  ]);
});
