// The scorecards of the strategy workspace through the real resolver, on the demo organisation.
import { KPI_INTENTS } from '../../dev/demo';
import type { KpiCard } from '../../src/shared/api/scorecards';
import { LEAD_KPI, scorecardFixture, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

const intentOf = (c: KpiCard) => (c.evaluation.stale ? 'stale' : c.evaluation.status);

describe('the scorecards overview', () => {
  it('evaluates every demo KPI to the state it was built to show', async () => {
    const view = await f.overview();
    const cards = view.goals.flatMap((g) => g.kpis);
    expect(view.today).toBe(f.t.demo.today);
    expect(Object.fromEntries(cards.map((c) => [c.kpi.id, intentOf(c)]))).toEqual(KPI_INTENTS);
  });

  it('explains a stale KPI and gives every KPI a year of points, oldest first', async () => {
    const cards = (await f.overview()).goals.flatMap((g) => g.kpis);
    const stale = cards.find((c) => c.kpi.id === 'k-lead-response')!;
    expect(stale.evaluation.stale?.reason).toBe('Last measured 14 days ago, on 14 Nov 2026; one is expected every week.');
    for (const c of cards) {
      expect(c.points.length).toBeGreaterThanOrEqual(11);
      expect(c.points.map((p) => p.date)).toEqual([...c.points.map((p) => p.date)].sort());
    }
  });

  it('sums each strategy goal’s branch in the organisation scorecard, with a diagnosis sentence', async () => {
    const rows = (await f.overview()).organisation;
    expect(rows.map((r) => r.goalId)).toEqual(['g-grow-arr', 'g-delight-customers', 'g-operate-efficiently']);
    const arr = rows[0]!;
    expect(arr.counts).toEqual({ onTrack: 2, atRisk: 1, offTrack: 1, noData: 0, stale: 1 });
    // The demo's work on ARR lags the year (roll-ups of the demo Jira), and its outcomes are mixed.
    expect(arr.diagnosis).toMatchObject({ kind: 'shift-execution', outcome: 'off-track', delivery: 'off-track' });
    expect(arr.diagnosis.sentence).toMatch(
      /^Get the work back on plan: it is behind \(work is \d+% done with 91% of the time gone\) and only 2 of 4 KPIs across the branch on track \(1 at risk, 1 off track; 1 stale or empty KPI left out\)\.$/,
    );
  });

  it('measures delivery only on the work the viewer may see', async () => {
    // The outsider browses only the documentation project: no work under ARR is visible to them.
    const [arr] = (await f.overview('outsider')).organisation;
    expect(arr!.diagnosis).toMatchObject({ kind: 'outcomes-only', delivery: 'unknown' });
    expect(arr!.diagnosis.sentence).toBe(
      "You can't see any of the work behind this goal; 2 of 4 KPIs across the branch on track (1 at risk, 1 off track; 1 stale or empty KPI left out).",
    );
    // The goal's own card says the same about the work, and counts only its own KPIs, under its own words.
    const card = (await f.overview('outsider')).goals.find((g) => g.goal.id === 'g-grow-arr')!;
    expect(card.diagnosis.sentence).toMatch(/^You can't see any of the work behind this goal; \d+ of \d+ KPIs? on track/);
    expect(card.diagnosis.sentence).not.toMatch(/across the branch/);
  });

  it('never flags a draft goal as overdue for a check-in, but flags active goals without a recent one', async () => {
    const goals = (await f.overview()).goals;
    expect(goals.find((g) => g.goal.id === 'g-partner-marketplace')!.checkIn.due).toMatchObject({ state: 'not-expected' });
    expect(goals.find((g) => g.goal.id === 'g-lead-qualification')!.checkIn.due).toMatchObject({ state: 'overdue' });
    expect(goals.find((g) => g.goal.id === 'g-grow-arr')!.checkIn).toMatchObject({ last: { status: 'at-risk' }, due: { state: 'on-time' } });
    expect(goals.some((g) => g.goal.status === 'archived')).toBe(false);
  });

  it('tells each persona where they may record: editors everywhere, the lead on their own goals only', async () => {
    const canRecord = async (p: 'exec' | 'lead' | 'member' | 'outsider') =>
      (await f.overview(p)).goals
        .filter((g) => g.canRecord)
        .map((g) => g.goal.id)
        .sort();
    expect((await canRecord('exec')).length).toBe(f.t.demo.strategy.goals.length);
    expect(await canRecord('lead')).toEqual(['g-dashboards-v3', 'g-product-differentiation', 'g-sso-scim']);
    expect(await canRecord('member')).toEqual([]);
    expect(await canRecord('outsider')).toEqual([]);
    expect((await f.overview('lead')).canEditKpis).toBe(false);
  });

  it('reads one goal’s scorecard, as the Confluence macro will', async () => {
    const sc = await f.goal('g-dashboards-v3', 'lead');
    expect(sc).toMatchObject({ goal: { id: 'g-dashboards-v3' }, canRecord: true, kpis: [{ kpi: { id: LEAD_KPI }, evaluation: { status: 'on-track' } }] });
    expect(await f.call('lead', 'scorecards/goal', { goalId: 'g-nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
