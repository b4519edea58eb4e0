// Composing scorecards: KPI cards, counts by status, a goal's diagnosis and the organisation's rows.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { aKpi, series } from '../../../test/builders/kpis';
import type { GoalScorecard } from '../../shared/api/scorecards';
import { goalScorecard, organisationRows, scorecardOrder, tallyOf, type KpiData } from './scorecard';

const TODAY = '2026-07-02';
const onTrack: KpiData = { kpi: aKpi({ id: 'k-a', name: 'A' }), measurements: series(['2026-06-01', 140], ['2026-07-01', 150]), run: null };
const offTrack: KpiData = { kpi: aKpi({ id: 'k-b', name: 'B' }), measurements: series(['2026-06-01', 110], ['2026-07-01', 110]), run: null };
const stale: KpiData = { kpi: aKpi({ id: 'k-c', name: 'C' }), measurements: series(['2026-03-01', 130]), run: null };
const empty: KpiData = { kpi: aKpi({ id: 'k-d', name: 'D' }), measurements: [], run: null };

const S = summaryOf(aGoal({ id: 'S', level: 'strategy' }));
const F = summaryOf(aGoal({ id: 'F', level: 'functional', parentId: 'S' }));
const X = summaryOf(aGoal({ id: 'X', level: 'functional', parentId: 'S', status: 'archived' }));
const S2 = summaryOf(aGoal({ id: 'S2', level: 'strategy' }));

const card = (goal: typeof S, kpis: KpiData[]): GoalScorecard =>
  goalScorecard({ goal, kpis, deliveryProgress: null, lastCheckIn: null, canRecord: false }, TODAY);

describe('a goal’s scorecard', () => {
  it('counts KPIs by status, stale and empty ones apart, and leaves those out of the outcome', () => {
    const sc = card(S, [offTrack, stale, onTrack, empty]);
    expect(sc.kpis.map((k) => k.kpi.name)).toEqual(['A', 'B', 'C', 'D']);
    expect(sc.counts).toEqual({ onTrack: 1, atRisk: 0, offTrack: 1, noData: 1, stale: 1 });
    expect(sc.diagnosis).toMatchObject({ kind: 'outcomes-only', outcome: 'off-track' });
    expect(sc.diagnosis.sentence).toContain('2 stale or empty KPIs left out');
  });

  it('carries the sparkline points oldest first and the check-in state', () => {
    const sc = card(S, [onTrack]);
    expect(sc.kpis[0]!.points).toEqual([
      { date: '2026-06-01', value: 140 },
      { date: '2026-07-01', value: 150 },
    ]);
    expect(sc.checkIn.due.state).toBe('overdue');
  });
});

describe('the organisation scorecard', () => {
  it('sums each strategy goal’s branch, skipping archived goals', () => {
    const goals = [S, F, X, S2];
    const cards = new Map([
      ['S', card(S, [onTrack])],
      ['F', card(F, [offTrack])],
      ['X', card(X, [onTrack, onTrack])],
      ['S2', card(S2, [])],
    ]);
    const rows = organisationRows(
      goals,
      (id) => (cards.get(id) ? tallyOf(cards.get(id)!) : undefined),
      () => null,
      TODAY,
    );
    expect(rows.map((r) => [r.goalId, r.counts.onTrack, r.counts.offTrack, r.goalsWithKpis, r.diagnosis.kind])).toEqual([
      ['S', 1, 1, 2, 'outcomes-only'],
      ['S2', 0, 0, 0, 'unknown'],
    ]);
  });

  it('orders goals branch by branch, parents first, without archived ones', () => {
    expect(scorecardOrder([F, S2, X, S]).map((g) => g.id)).toEqual(['S2', 'S', 'F']);
  });
});
