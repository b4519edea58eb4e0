// Periods per persona: Jira admins define them, strategy editors close them and carry unfinished goals forward; a
// snapshot never changes once taken, and is read exactly as permission-true as a live read (the member never sees
// the restricted goal in it, the outsider counts no ATLAS work).
import { lastQuarterOf } from '../../dev/demo';
import { auditHistory } from '../../src/platform/storage/audit-log';
import { forgePeriodStore } from '../../src/platform/storage/period-store';
import type { CarryOptions, Comparison, PeriodsView } from '../../src/shared/api/periods';
import type { ScorecardMacroView } from '../../src/shared/api/scorecard-macro';
import type { PeriodInput } from '../../src/shared/model/period';
import { DEMO_TODAY } from '../support/demo-day';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { endGoalWithin } from './write-cases';

const STRATEGY = 'throughline-strategy';
const ADMIN = 'throughline-admin';
const MACRO = 'throughline-scorecard';
const RESTRICTED_GOAL = 'g-atlas-integration';
const LEAD_KPI = 'k-dashboard-migration';
const Q = lastQuarterOf(DEMO_TODAY);

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const call = (persona: PersonaId | null, moduleKey: string, functionKey: string, payload: unknown = {}) => t.as(persona, { moduleKey, functionKey, payload });
const data = async <T>(persona: PersonaId, moduleKey: string, functionKey: string, payload: unknown = {}): Promise<T> => {
  const out = await call(persona, moduleKey, functionKey, payload);
  if (!out.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error)}`);
  return out.data as T;
};
const close = (persona: PersonaId, periodId = Q.id) => call(persona, STRATEGY, 'periods/close', { periodId });
const compare = (persona: PersonaId, goalId?: string) => call(persona, STRATEGY, 'periods/compare', { periodId: Q.id, ...(goalId ? { goalId } : {}) });
const comparison = async (persona: PersonaId) => data<Comparison>(persona, STRATEGY, 'periods/compare', { periodId: Q.id });
const macro = (persona: PersonaId, config: Record<string, string>) => data<ScorecardMacroView>(persona, MACRO, 'macro/scorecard', { config });
const inputs = (v: PeriodsView): PeriodInput[] => v.calendar.periods.map(({ id, name, kind, start, end }) => ({ id, name, kind, start, end }));

describe('the demo’s periods', () => {
  it('has the last quarter, open, and the current one', async () => {
    const view = await data<PeriodsView>('member', STRATEGY, 'periods/list');
    expect(view.calendar.periods.find((p) => p.id === Q.id)).toMatchObject({ name: Q.name, closed: null });
    expect(view.calendar.periods.some((p) => p.kind === 'quarter' && p.start <= DEMO_TODAY && DEMO_TODAY <= p.end)).toBe(true);
    expect(view.canClose).toBe(false);
    expect((await data<PeriodsView>('exec', STRATEGY, 'periods/list')).canClose).toBe(true);
  });
});

describe('defining periods (admin page)', () => {
  it('lets a Jira admin add a period, one version further', async () => {
    const view = await data<PeriodsView>('exec', ADMIN, 'periods/list');
    expect(view.canDefine).toBe(true);
    const next = [...inputs(view), { name: 'Q2 2027', kind: 'quarter' as const, start: '2027-04-01', end: '2027-06-30' }];
    const saved = await data<PeriodsView>('exec', ADMIN, 'periods/save', { expectedVersion: view.calendar.version, periods: next });
    expect(saved.calendar.version).toBe(view.calendar.version + 1);
    expect((await forgePeriodStore.calendar()).periods.map((p) => p.name)).toContain('Q2 2027');
  });

  it.each<PersonaId>(['lead', 'member', 'outsider'])('refuses %s with FORBIDDEN and stores nothing', async (persona) => {
    const before = await forgePeriodStore.calendar();
    const out = await call(persona, ADMIN, 'periods/save', { expectedVersion: before.version, periods: [] });
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await forgePeriodStore.calendar()).toEqual(before);
  });

  it('refuses overlapping quarters with VALIDATION by row, and a stale version with CONFLICT', async () => {
    const view = await data<PeriodsView>('exec', ADMIN, 'periods/list');
    const overlap = [...inputs(view), { name: 'Odd quarter', kind: 'quarter' as const, start: Q.end, end: '2026-12-15' }];
    const refused = await call('exec', ADMIN, 'periods/save', { expectedVersion: view.calendar.version, periods: overlap });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: expect.arrayContaining([expect.objectContaining({ path: expect.stringMatching(/^periods\.\d+\.start$/) })]) },
    });
    const stale = await call('exec', ADMIN, 'periods/save', { expectedVersion: view.calendar.version - 1, periods: inputs(view) });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('closing a period', () => {
  it.each<PersonaId>(['lead', 'member', 'outsider'])('refuses %s with FORBIDDEN and writes no snapshot', async (persona) => {
    expect(await close(persona)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await forgePeriodStore.snapshots(Q.id)).toEqual([]);
    expect((await forgePeriodStore.calendar()).periods.find((p) => p.id === Q.id)?.closed).toBeNull();
  });

  it('lets the exec close it once; a second close is a CONFLICT; the current quarter cannot be closed yet', async () => {
    const closed = await close('exec');
    expect(closed).toMatchObject({ ok: true, data: { period: { id: Q.id, closed: { day: DEMO_TODAY } } } });
    expect((await forgePeriodStore.snapshots(Q.id)).length).toBeGreaterThan(10);
    expect(await close('exec')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const current = (await forgePeriodStore.calendar()).periods.find((p) => p.kind === 'quarter' && p.start <= DEMO_TODAY && DEMO_TODAY <= p.end)!;
    expect(await close('exec', current.id)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('finishes a close cut short without changing the snapshots already written', async () => {
    await close('exec');
    const first = (await forgePeriodStore.snapshots(Q.id)).find((s) => s.goal.id === 'g-grow-arr')!;
    // As if the close had stopped after its snapshots: the period open again, the snapshots kept.
    const cal = await forgePeriodStore.calendar();
    const reopened = { version: cal.version + 1, periods: cal.periods.map((p) => (p.id === Q.id ? { ...p, closed: null } : p)) };
    expect(await forgePeriodStore.saveCalendar(reopened, cal.version)).toBe('committed');
    await forgePeriodStore.putSnapshotIfAbsent({ ...first, goal: { ...first.goal, title: 'Changed later' } });
    t.clock.setDay('2026-11-30');
    expect((await close('exec')).ok).toBe(true);
    const again = (await forgePeriodStore.snapshots(Q.id)).find((s) => s.goal.id === 'g-grow-arr')!;
    expect(again).toEqual(first);
  });

  it('keeps the snapshot as it was when a value is recorded afterwards', async () => {
    await close('exec');
    const before = (await comparison('exec')).goals.find((g) => g.goalId === 'g-dashboards-v3')!.kpis.find((k) => k.kpiId === LEAD_KPI)!;
    const recorded = await call('lead', STRATEGY, 'scorecards/measurement-record', {
      kpiId: LEAD_KPI,
      input: { date: DEMO_TODAY, value: 1, note: 'after the close' },
    });
    expect(recorded.ok).toBe(true);
    const after = (await comparison('exec')).goals.find((g) => g.goalId === 'g-dashboards-v3')!.kpis.find((k) => k.kpiId === LEAD_KPI)!;
    expect(after.then).toEqual(before.then);
    expect(after.now?.value).toBe(1);
    expect(after.then?.value).not.toBe(1);
    const snap = await macro('exec', { goalId: 'g-dashboards-v3', asOf: Q.id });
    expect(snap.snapshot).toMatchObject({ periodId: Q.id, closedDay: DEMO_TODAY });
    expect(snap.goals[0]!.kpis.find((k) => k.kpi.id === LEAD_KPI)!.evaluation.current?.value).toBe(before.then?.value);
  });
});

describe('reading a snapshot as each persona', () => {
  beforeEach(async () => {
    expect((await close('exec')).ok).toBe(true);
  });

  // A goal's parent at the close, restricted since (and the goal moved out from under it): its id names it.
  it('names no parent the reader may not see now', async () => {
    const edit = async (id: string, change: Record<string, unknown>) => {
      const g = (await data<{ goal: Record<string, unknown> & { version: number } }>('exec', STRATEGY, 'catalog/get', { id })).goal;
      const { title, description, level, parentId, leaderId, managerId, timeframe, stage, status } = g as never as Record<string, unknown>;
      const input = { title, description, level, parentId, leaderId, managerId, timeframe, stage, status, ...change };
      expect(await call('exec', STRATEGY, 'catalog/update', { id, expectedVersion: g.version, input })).toMatchObject({ ok: true });
    };
    await edit('g-marketing-pipeline', { restricted: true });
    await edit('g-website-relaunch', { parentId: 'g-grow-arr' });
    const seen = await macro('outsider', { goalId: 'g-website-relaunch', asOf: Q.id });
    expect(seen.goals[0]!.goal).toMatchObject({ id: 'g-website-relaunch', parentId: null });
    expect(JSON.stringify(await macro('outsider', { level: 'project', asOf: Q.id }))).not.toContain('g-marketing-pipeline');
    expect((await macro('exec', { goalId: 'g-website-relaunch', asOf: Q.id })).goals[0]!.goal.parentId).toBe('g-marketing-pipeline');
  });

  it('shows the restricted goal to the exec only, and answers the member and the outsider as for a missing goal', async () => {
    expect((await comparison('exec')).goals.some((g) => g.goalId === RESTRICTED_GOAL)).toBe(true);
    for (const persona of ['member', 'outsider'] as const) {
      expect((await comparison(persona)).goals.some((g) => g.goalId === RESTRICTED_GOAL)).toBe(false);
      expect((await macro(persona, { level: 'project', asOf: Q.id })).goals.map((g) => g.goal.id)).not.toContain(RESTRICTED_GOAL);
      const hidden = await compare(persona, RESTRICTED_GOAL);
      const missing = await compare(persona, 'g-no-such-goal');
      expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(hidden).toEqual(missing);
      const viaMacro = await call(persona, MACRO, 'macro/scorecard', { config: { goalId: RESTRICTED_GOAL, asOf: Q.id } });
      expect(viaMacro).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect((await macro('exec', { level: 'project', asOf: Q.id })).goals.map((g) => g.goal.id)).toContain(RESTRICTED_GOAL);
  });

  it('keeps the restriction the goal had at the close, even after it is lifted', async () => {
    const { goal } = await data<{ goal: Record<string, unknown> & { version: number } }>('exec', STRATEGY, 'catalog/get', { id: RESTRICTED_GOAL });
    const { title, description, level, parentId, leaderId, managerId, timeframe, stage, status } = goal;
    const input = { title, description, level, parentId, leaderId, managerId, timeframe, stage, status, restricted: false };
    expect((await call('exec', STRATEGY, 'catalog/update', { id: RESTRICTED_GOAL, expectedVersion: goal.version, input })).ok).toBe(true);
    expect((await comparison('member')).goals.find((g) => g.goalId === RESTRICTED_GOAL)).toMatchObject({ then: null, now: expect.anything() });
    expect((await macro('member', { level: 'project', asOf: Q.id })).goals.map((g) => g.goal.id)).not.toContain(RESTRICTED_GOAL);
  });

  it.each<PersonaId>(['exec', 'member', 'outsider'])('counts for %s only the work they may browse, then as now', async (persona) => {
    const goals = (await comparison(persona)).goals;
    const round = (n: number | null | undefined) => (n === null || n === undefined ? null : Math.round(n * 1e6));
    expect(goals.map((g) => [g.goalId, round(g.then?.progress)])).toEqual(goals.map((g) => [g.goalId, round(g.now?.progress)]));
    expect(goals.some((g) => g.then?.progress !== null)).toBe(true);
  });

  it('gives the outsider less work than the exec under the goal ATLAS serves', async () => {
    const of = async (persona: PersonaId) => (await comparison(persona)).goals.find((g) => g.goalId === 'g-grow-arr')!.then!.progress;
    expect(await of('outsider')).not.toBe(await of('exec'));
  });
});

describe('carrying unfinished goals forward', () => {
  beforeEach(async () => {
    await endGoalWithin(t, 'g-dashboards-v3', Q);
    expect((await close('exec')).ok).toBe(true);
  });

  it('refuses a goal that goes on past the period with VALIDATION, and creates nothing', async () => {
    const options = await data<CarryOptions>('exec', STRATEGY, 'periods/carry-options', { periodId: Q.id });
    const ongoing = options.goals.find((g) => !g.dueInPeriod)!;
    expect(options.goals.find((g) => g.goalId === 'g-dashboards-v3')!.dueInPeriod).toBe(true);
    const before = (await data<{ goals: unknown[] }>('exec', STRATEGY, 'catalog/list')).goals.length;
    expect(await call('exec', STRATEGY, 'periods/carry', { periodId: Q.id, goalId: ongoing.goalId })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('carries on as it is') },
    });
    expect((await data<{ goals: unknown[] }>('exec', STRATEGY, 'catalog/list')).goals.length).toBe(before);
  });

  it('lets the exec carry a goal into the next quarter, linked in both histories, once', async () => {
    const options = await data<CarryOptions>('exec', STRATEGY, 'periods/carry-options', { periodId: Q.id });
    expect(options.next!.start > Q.end).toBe(true);
    const goal = options.goals.find((g) => g.goalId === 'g-dashboards-v3')!;
    expect(goal.carriedTo).toBeNull();
    const after = await data<CarryOptions>('exec', STRATEGY, 'periods/carry', { periodId: Q.id, goalId: goal.goalId });
    const carried = after.goals.find((g) => g.goalId === goal.goalId)!.carriedTo!;
    expect(carried.id).not.toBe(goal.goalId);
    const catalog = (
      await data<{ goals: { id: string; timeframe: { start: string; end: string }; parentId: string | null }[] }>('exec', STRATEGY, 'catalog/list')
    ).goals;
    expect(catalog.find((g) => g.id === carried.id)).toMatchObject({ timeframe: { start: options.next!.start, end: options.next!.end } });
    expect((await auditHistory(carried.id, 5))[0]).toMatchObject({ action: 'create', carry: { direction: 'from', goalId: goal.goalId, period: Q.name } });
    expect((await auditHistory(goal.goalId, 5))[0]).toMatchObject({ carry: { direction: 'to', goalId: carried.id, period: options.next!.name } });
    const twice = await data<CarryOptions>('exec', STRATEGY, 'periods/carry', { periodId: Q.id, goalId: goal.goalId });
    expect(twice.goals.find((g) => g.goalId === goal.goalId)!.carriedTo!.id).toBe(carried.id);
    expect((await data<{ goals: unknown[] }>('exec', STRATEGY, 'catalog/list')).goals.length).toBe(catalog.length);
  });

  // The goal a goal became names it (its id carries its title's words): restricted since, it is named to nobody it does
  // not admit, in the carry options or in the periods' list.
  it('names the goal a carried goal became only to those who may see it now', async () => {
    const after = await data<CarryOptions>('exec', STRATEGY, 'periods/carry', { periodId: Q.id, goalId: 'g-dashboards-v3' });
    const to = after.goals.find((g) => g.goalId === 'g-dashboards-v3')!.carriedTo!;
    const made = (await data<{ goal: Record<string, unknown> & { version: number } }>('exec', STRATEGY, 'catalog/get', { id: to.id })).goal;
    const { description, level, parentId, leaderId, managerId, timeframe, stage, status } = made as never as Record<string, unknown>;
    const input = { title: 'Lumen carve-out', description, level, parentId, leaderId, managerId, timeframe, stage, status, restricted: true };
    expect(await call('exec', STRATEGY, 'catalog/update', { id: to.id, expectedVersion: made.version, input })).toMatchObject({ ok: true });
    const options = await data<CarryOptions>('member', STRATEGY, 'periods/carry-options', { periodId: Q.id });
    expect(options.goals.find((g) => g.goalId === 'g-dashboards-v3')!.carriedTo).toBeNull();
    const list = await data<PeriodsView>('member', STRATEGY, 'periods/list', {});
    for (const answer of [options, list]) {
      expect(JSON.stringify(answer)).not.toContain(to.id);
      expect(JSON.stringify(answer)).not.toContain('Lumen');
    }
    // The exec, an editor, still sees where it went.
    const hers = await data<CarryOptions>('exec', STRATEGY, 'periods/carry-options', { periodId: Q.id });
    expect(hers.goals.find((g) => g.goalId === 'g-dashboards-v3')!.carriedTo).toEqual({ id: to.id, title: 'Lumen carve-out' });
  });

  it('answers a goal id named like an object member as a missing goal', async () => {
    for (const goalId of ['toString', 'hasOwnProperty'])
      expect(await call('exec', STRATEGY, 'periods/carry', { periodId: Q.id, goalId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it.each<PersonaId>(['lead', 'member', 'outsider'])('refuses %s with FORBIDDEN', async (persona) => {
    expect(await call(persona, STRATEGY, 'periods/carry', { periodId: Q.id, goalId: 'g-dashboards-v3' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
