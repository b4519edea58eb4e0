import { integrityIssues, type RecordFacts } from './integrity';

const rec = (index: number, store: string, key: string, more: Partial<RecordFacts> = {}): RecordFacts => ({
  index,
  store,
  key,
  refs: [],
  provides: [],
  ...more,
});

describe('checking an import file’s integrity', () => {
  it('accepts records that name only what the file holds', () => {
    const records = [rec(0, 'goal', 'g1'), rec(1, 'kpi', 'k1', { refs: [{ store: 'goal', key: 'g1' }] })];
    expect(integrityIssues(records)).toEqual([]);
  });

  it('refuses a KPI whose goal is not in the file, by the record’s path', () => {
    const issues = integrityIssues([rec(0, 'kpi', 'k1', { refs: [{ store: 'goal', key: 'g-gone' }] })]);
    expect(issues).toEqual([{ path: 'records.0.value', message: expect.stringContaining('goal “g-gone”') }]);
  });

  it('refuses a record twice and a value under another key', () => {
    const issues = integrityIssues([rec(0, 'goal', 'g1'), rec(1, 'goal', 'g1'), rec(2, 'goal', 'g2', { expectedKey: 'g3' })]);
    expect(issues.map((i) => i.path)).toEqual(['records.1.key', 'records.2.key']);
  });

  it('counts what a record provides besides its own key (a calendar’s periods)', () => {
    const records = [
      rec(0, 'period-calendar', 'calendar', { provides: [{ store: 'period', key: 'p1' }] }),
      rec(1, 'period-snapshot', 'p1:g1', { refs: [{ store: 'period', key: 'p1' }] }),
    ];
    expect(integrityIssues(records)).toEqual([]);
  });

  it('says at most twenty things', () => {
    const records = Array.from({ length: 50 }, (_, i) => rec(i, 'kpi', `k${i}`, { refs: [{ store: 'goal', key: 'none' }] }));
    expect(integrityIssues(records)).toHaveLength(20);
  });
});
