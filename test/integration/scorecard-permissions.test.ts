// Who may change what on the scorecards, per persona: editors change KPIs; the leader and manager of a goal
// record on it; everyone else is refused with FORBIDDEN and nothing is stored.
import { accountOf, type PersonaId } from '../support/local-forge';
import type { Kpi } from '../../src/shared/model/kpi';
import { LEAD_KPI, OTHER_KPI, inputOf, newKpi, scorecardFixture, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

const today = () => f.t.demo.today;
const record = (persona: PersonaId, kpiId: string, value: number) =>
  f.call(persona, 'scorecards/measurement-record', { kpiId, input: { date: today(), value, note: 'from a test' } });
const checkIn = (persona: PersonaId, goalId: string) =>
  f.call(persona, 'scorecards/check-in-add', {
    goalId,
    input: { status: 'at-risk', confidence: 3, learnings: 'Migration is slower than planned', risks: '', decisions: '' },
  });

describe('KPIs', () => {
  it('lets the exec create, edit and delete a KPI, each audited', async () => {
    const created = await f.call('exec', 'scorecards/kpi-create', { input: newKpi() });
    expect(created).toMatchObject({ ok: true, data: { name: 'Expansion revenue', version: 1 } });
    const kpi = created.data as Kpi;
    const edited = await f.call('exec', 'scorecards/kpi-update', { id: kpi.id, expectedVersion: 1, input: inputOf(kpi, { name: 'Expansion ARR' }) });
    expect(edited).toMatchObject({ ok: true, data: { name: 'Expansion ARR', version: 2 } });
    expect(await f.call('exec', 'scorecards/kpi-delete', { id: kpi.id, expectedVersion: 2 })).toMatchObject({ ok: true, data: { id: kpi.id } });
    expect((await f.overview()).goals.flatMap((g) => g.kpis).some((k) => k.kpi.id === kpi.id)).toBe(false);
    expect((await f.history(kpi.id)).map((e) => e.action)).toEqual(['delete', 'update', 'create']);
  });

  it('refuses a stale edit with CONFLICT carrying the stored KPI', async () => {
    const kpi = await f.kpi(OTHER_KPI);
    expect((await f.call('exec', 'scorecards/kpi-update', { id: kpi.id, expectedVersion: kpi.version, input: inputOf(kpi, { name: 'First' }) })).ok).toBe(true);
    const stale = await f.call('exec', 'scorecards/kpi-update', { id: kpi.id, expectedVersion: kpi.version, input: inputOf(kpi, { name: 'Second' }) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { current: { name: 'First', version: kpi.version + 1 } } } });
  });

  it.each<PersonaId>(['lead', 'member', 'outsider'])('refuses %s KPI changes with FORBIDDEN and stores nothing', async (persona) => {
    const before = await f.overview();
    const kpi = await f.kpi(LEAD_KPI);
    expect(await f.call(persona, 'scorecards/kpi-create', { input: newKpi({ goalId: 'g-dashboards-v3' }) })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(
      await f.call(persona, 'scorecards/kpi-update', { id: kpi.id, expectedVersion: kpi.version, input: inputOf(kpi, { name: 'Mine now' }) }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await f.call(persona, 'scorecards/kpi-delete', { id: kpi.id, expectedVersion: kpi.version })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await f.overview()).toEqual(before);
  });
});

describe('measurements and check-ins', () => {
  it('lets the manager of a goal (lead) record on its KPI, and the status follows', async () => {
    expect((await f.goal('g-dashboards-v3')).kpis[0]!.evaluation.status).toBe('on-track');
    const out = await record('lead', LEAD_KPI, 20);
    expect(out).toMatchObject({
      ok: true,
      // The demo's last value is eight days old (a value is due from the lead), so today's is a new one.
      data: { outcome: 'created', measurement: { value: 20, date: today(), by: f.t.demo.personas.find((p) => p.id === 'lead')!.accountId } },
    });
    expect((await f.goal('g-dashboards-v3')).kpis[0]!.evaluation).toMatchObject({ current: { value: 20 }, status: 'off-track' });
  });

  it('lets the exec record on any goal', async () => {
    expect(await record('exec', OTHER_KPI, 46.9)).toMatchObject({ ok: true });
    expect((await f.goal('g-grow-arr')).kpis[0]!.evaluation.status).toBe('on-track');
  });

  it.each<[PersonaId, string]>([
    ['lead', OTHER_KPI],
    ['member', LEAD_KPI],
    ['outsider', LEAD_KPI],
  ])('refuses %s recording on %s with FORBIDDEN and stores nothing', async (persona, kpiId) => {
    const before = await f.stored(kpiId);
    const m = before[0]!;
    expect(await record(persona, kpiId, 1)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await f.call(persona, 'scorecards/measurement-correct', { kpiId, id: m.id, expectedRecordedAt: m.recordedAt, value: 1, note: '' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await f.call(persona, 'scorecards/measurement-delete', { kpiId, id: m.id, expectedRecordedAt: m.recordedAt })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await f.stored(kpiId)).toEqual(before);
    expect(await f.history(m.id)).toEqual([]);
  });

  it('lets the lead check in on their goal, and refuses the member and the outsider', async () => {
    expect(await checkIn('lead', 'g-dashboards-v3')).toMatchObject({ ok: true, data: { goalId: 'g-dashboards-v3', status: 'at-risk', date: today() } });
    for (const p of ['member', 'outsider', 'lead'] as const) {
      const goalId = p === 'lead' ? 'g-grow-arr' : 'g-dashboards-v3';
      expect(await checkIn(p, goalId)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const list = await f.call('member', 'scorecards/check-ins', { goalId: 'g-dashboards-v3' });
    expect(list).toMatchObject({ ok: true, data: expect.any(Array) });
    expect((list.data as { learnings: string; by: string }[])[0]).toMatchObject({ learnings: 'Migration is slower than planned', by: accountOf('lead') });
    expect((await f.goal('g-dashboards-v3')).checkIn).toMatchObject({ last: { status: 'at-risk', confidence: 3 }, due: { state: 'on-time' } });
  });

  it('refuses a caller with no account', async () => {
    expect(await record(null as unknown as PersonaId, LEAD_KPI, 1)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
