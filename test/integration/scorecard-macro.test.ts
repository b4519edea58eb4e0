// The Confluence scorecard macro through its real resolver, on the demo organisation: what a config may be,
// which goals a level shows, and that the delivery numbers count only the work the viewer may browse.
import { DRAFT_GOAL, GOAL_WITHOUT_WORK } from '../../dev/demo';
import { forgeCatalogStore } from '../../src/platform/storage/catalog-store';
import { forgeMeasurementStore } from '../../src/platform/storage/measurement-store';
import { DEFAULT_SCORECARD_CONFIG, isUnconfigured, type ScorecardMacroView, type ScorecardOptions } from '../../src/shared/api/scorecard-macro';
import type { PersonaId } from '../support/local-forge';
import { LEAD_KPI, MODULE as STRATEGY_PAGE, scorecardFixture, type Fixture } from './scorecard-fixture';

const MACRO = 'throughline-scorecard';

let f: Fixture;
// The read-counting test spies on the stores; each test starts without spies.
afterEach(() => jest.restoreAllMocks());
beforeEach(async () => {
  f = await scorecardFixture();
});

const macro = (persona: PersonaId, payload: unknown) => f.t.as(persona, { moduleKey: MACRO, functionKey: 'macro/scorecard', payload });
const view = async (persona: PersonaId, config: unknown): Promise<ScorecardMacroView> => {
  const out = await macro(persona, { config });
  if (!out.ok) throw new Error(`macro/scorecard failed: ${JSON.stringify(out.error)}`);
  return out.data as ScorecardMacroView;
};
const goalsOfLevel = (level: string) => f.t.demo.strategy.goals.filter((g) => g.level === level);

describe('the scorecard macro’s config', () => {
  it.each<[string, unknown]>([
    ['one goal', { goalId: 'g-dashboards-v3' }],
    ['one level', { level: 'project' }],
  ])('accepts %s', async (_name, config) => {
    expect(await macro('member', { config })).toMatchObject({ ok: true });
  });

  it.each<[string, unknown]>([
    ['both a goal and a level', { goalId: 'g-dashboards-v3', level: 'project' }],
    ['neither a goal nor a level', {}],
    ['an unknown level', { level: 'board' }],
    ['a level of the wrong type', { level: 3 }],
    ['a goal id of the wrong type', { goalId: ['g-grow-arr'] }],
    ['a goal id that is not an id', { goalId: 'g grow/arr' }],
    ['__proto__ as the goal id', { goalId: '__proto__' }],
    ['__proto__ as a field', JSON.parse('{"__proto__": {"level": "strategy"}}')],
    ['an extra field', { level: 'strategy', depth: 3 }],
    ['null', null],
    ['a string', 'strategy'],
  ])('refuses %s with VALIDATION', async (_name, config) => {
    expect(await macro('exec', { config })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('shows every strategy goal with the config a macro without settings is given, and keeps refusing an empty one', async () => {
    const v = await view('outsider', DEFAULT_SCORECARD_CONFIG);
    expect(v).toMatchObject({ title: 'Strategy goals', scope: { kind: 'level', level: 'strategy' } });
    expect(v.goals.map((g) => g.goal.id)).toEqual(['g-grow-arr', 'g-delight-customers', 'g-operate-efficiently']);
    expect(isUnconfigured(undefined) && isUnconfigured({}) && isUnconfigured(null)).toBe(true);
    expect(isUnconfigured({ level: 'strategy' }) || isUnconfigured({ depth: 3 }) || isUnconfigured('strategy') || isUnconfigured([])).toBe(false);
    expect(await macro('exec', { config: {} })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a payload without a config, or with more than a config, with VALIDATION', async () => {
    expect(await macro('exec', {})).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await macro('exec', { config: { level: 'strategy' }, accountId: 'someone-else' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers an unknown goal with NOT_FOUND', async () => {
    expect(await macro('exec', { config: { goalId: 'g-nope' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a caller with no account', async () => {
    expect(await macro(null as unknown as PersonaId, { config: { level: 'strategy' } })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('one goal’s scorecard', () => {
  it('shows the goal with its KPIs, leader and manager, read-only even for the goal’s manager', async () => {
    const v = await view('lead', { goalId: 'g-dashboards-v3' });
    expect(v).toMatchObject({ title: 'Dashboards 3.0', scope: { kind: 'goal', goalId: 'g-dashboards-v3' }, today: f.t.demo.today });
    expect(v.goals).toHaveLength(1);
    expect(v.goals[0]).toMatchObject({ canRecord: false, kpis: [{ kpi: { id: LEAD_KPI }, evaluation: { status: 'on-track' } }] });
    const names = v.people.map((p) => p.displayName);
    expect(names).toHaveLength(2);
    expect(v.counts).toEqual({ onTrack: 1, atRisk: 0, offTrack: 0, noData: 0, stale: 0 });
  });

  it('follows a new measurement: status, counts and diagnosis change', async () => {
    const before = await view('exec', { goalId: 'g-dashboards-v3' });
    const recorded = await f.call('lead', 'scorecards/measurement-record', { kpiId: LEAD_KPI, input: { date: f.t.demo.today, value: 20, note: '' } });
    expect(recorded).toMatchObject({ ok: true });
    const after = await view('exec', { goalId: 'g-dashboards-v3' });
    expect(after.goals[0]!.kpis[0]!.evaluation).toMatchObject({ current: { value: 20 }, status: 'off-track' });
    expect(after.counts).toMatchObject({ onTrack: 0, offTrack: 1 });
    expect(after.goals[0]!.diagnosis.sentence).not.toBe(before.goals[0]!.diagnosis.sentence);
    expect(after.goals[0]!.diagnosis.sentence).toContain('0 of 1 KPI on track (1 off track)');
  });
});

describe('every goal of a level', () => {
  it('shows exactly the level’s goals that are not archived, drafts included, in the workspace’s order', async () => {
    const goal = (await f.t.as('exec', { moduleKey: STRATEGY_PAGE, functionKey: 'catalog/get', payload: { id: GOAL_WITHOUT_WORK } })).data as {
      goal: { version: number };
    };
    expect(
      await f.t.as('exec', {
        moduleKey: STRATEGY_PAGE,
        functionKey: 'catalog/archive',
        payload: { id: GOAL_WITHOUT_WORK, expectedVersion: goal.goal.version },
      }),
    ).toMatchObject({ ok: true });

    const processes = await view('exec', { level: 'process' });
    const expected = goalsOfLevel('process')
      .map((g) => g.id)
      .filter((id) => id !== GOAL_WITHOUT_WORK);
    expect(processes.goals.map((g) => g.goal.id).sort()).toEqual([...expected].sort());
    expect(processes).toMatchObject({ title: 'Process goals', scope: { kind: 'level', level: 'process' } });

    const projects = await view('exec', { level: 'project' });
    expect(projects.goals.map((g) => g.goal.id).sort()).toEqual(
      goalsOfLevel('project')
        .map((g) => g.id)
        .sort(),
    );
    expect(projects.goals.find((g) => g.goal.id === DRAFT_GOAL)?.goal.status).toBe('draft');
    expect(projects.goals.every((g) => g.goal.level === 'project' && !g.canRecord)).toBe(true);

    const strategy = await view('exec', { level: 'strategy' });
    expect(strategy.goals.map((g) => g.goal.id)).toEqual(['g-grow-arr', 'g-delight-customers', 'g-operate-efficiently']);
  });

  it('opens the strategy goals with the organisation scorecard of the Scorecards tab, row for row, for each viewer', async () => {
    for (const who of ['exec', 'member', 'outsider'] as PersonaId[]) {
      const [v, tab] = await Promise.all([view(who, DEFAULT_SCORECARD_CONFIG), f.overview(who)]);
      expect(v.organisation).toEqual(tab.organisation);
      expect(v.organisation!.length).toBeGreaterThan(0);
      expect(v.organisation!.every((r) => r.diagnosis.sentence !== '')).toBe(true);
    }
    // Another level, or one goal, is judged on its own KPIs only.
    expect((await view('exec', { level: 'project' })).organisation).toBeUndefined();
    expect((await view('exec', { goalId: 'g-grow-arr' })).organisation).toBeUndefined();
  });

  it('sums the status of every KPI shown, and names every leader and manager', async () => {
    const v = await view('member', { level: 'process' });
    const cards = v.goals.flatMap((g) => g.kpis);
    expect(v.counts.onTrack + v.counts.atRisk + v.counts.offTrack + v.counts.noData + v.counts.stale).toBe(cards.length);
    expect(v.counts.stale).toBe(1); // the demo's lead response time, on a process goal
    const named = new Set(v.people.map((p) => p.accountId));
    for (const g of v.goals) for (const id of [g.goal.leaderId, g.goal.managerId]) if (id) expect(named.has(id)).toBe(true);
  });

  it('reads the KPIs of the level’s goals only, with one catalog read and one delivery model', async () => {
    const catalogReads = jest.spyOn(forgeCatalogStore, 'read');
    const measurementReads = jest.spyOn(forgeMeasurementStore, 'recent');
    const v = await view('exec', { level: 'strategy' });
    const kpisShown = v.goals
      .flatMap((g) => g.kpis)
      .map((k) => k.kpi.id)
      .sort();
    expect(measurementReads.mock.calls.map(([kpiId]) => kpiId).sort()).toEqual(kpisShown);
    // The macro's own read, and the delivery model's.
    expect(catalogReads).toHaveBeenCalledTimes(2);
  });
});

describe('who sees what', () => {
  it('counts only the work the viewer may browse in the delivery signal', async () => {
    const exec = await view('exec', { goalId: 'g-grow-arr' });
    const outsider = await view('outsider', { goalId: 'g-grow-arr' });
    expect(exec.goals[0]!.diagnosis).toMatchObject({ delivery: 'off-track' });
    expect(exec.asOf).not.toBeNull();
    // The outsider browses only the documentation project: none of the work under ARR counts for them.
    expect(outsider.goals[0]!.diagnosis).toMatchObject({ kind: 'outcomes-only', delivery: 'unknown' });
    expect(outsider.goals[0]!.diagnosis.sentence).toMatch(/^You can't see any of the work behind this goal; /);
    expect(outsider.goals[0]!.diagnosis.sentence).not.toMatch(/not known yet/);
    expect(outsider.asOf).toBeNull();
    // The outcomes are the same for everyone: goals and KPIs are visible to every app user.
    expect(outsider.goals[0]!.kpis).toEqual(exec.goals[0]!.kpis);
  });

  it('gives the member nothing of the restricted goal behind the restricted project’s work, and the exec its delivery', async () => {
    const exec = await view('exec', { goalId: 'g-atlas-integration' });
    expect(exec.goals[0]!.diagnosis.delivery).not.toBe('unknown');
    expect(await macro('member', { config: { goalId: 'g-atlas-integration' } })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the config view’s goal picker', () => {
  it('offers every goal that is not archived and that the viewer may see, with its KPI count', async () => {
    const out = await f.t.as('member', { moduleKey: MACRO, functionKey: 'macro/scorecard-options', payload: {} });
    expect(out.ok).toBe(true);
    const { goals } = out.data as ScorecardOptions;
    // Every demo goal but the restricted one, whose work the member cannot browse.
    expect(goals).toHaveLength(f.t.demo.strategy.goals.filter((g) => !g.restricted).length);
    expect(goals.find((g) => g.id === 'g-dashboards-v3')).toMatchObject({ level: 'project', kpis: 1 });
    expect(goals.find((g) => g.id === 'g-support-triage')).toMatchObject({ level: 'process', kpis: 2 });
    expect(await f.t.as('member', { moduleKey: MACRO, functionKey: 'macro/scorecard-options', payload: { level: 'x' } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
