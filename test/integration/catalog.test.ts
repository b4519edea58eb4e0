// The goal catalog through the real strategy-page resolver: editors change it, everyone else reads.
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import type { CatalogView } from '../../src/shared/api/catalog';
import type { Goal } from '../../src/shared/model/goal';

const MODULE = 'throughline-strategy';
let t: DemoForge;

const call = (persona: PersonaId, functionKey: string, payload: unknown = {}) => t.as(persona, { moduleKey: MODULE, functionKey, payload });
const admin = (persona: PersonaId, functionKey: string, payload: unknown = {}) => t.as(persona, { moduleKey: 'throughline-admin', functionKey, payload });
const catalog = async () => (await call('exec', 'catalog/list')).data as CatalogView;

const input = {
  title: 'Win the mid-market',
  description: 'Land 40 mid-market logos',
  level: 'functional',
  parentId: 'g-grow-arr',
  leaderId: null,
  managerId: null,
  timeframe: { start: '2026-01-01', end: '2026-12-31' },
  stage: 'roadmap',
  status: 'active',
};

beforeEach(async () => {
  t = await demoForge();
});

describe('the goal catalog', () => {
  it('lists the demo goals to every persona (the restricted one only to whom it admits), with names of leaders and managers', async () => {
    const open = t.demo.strategy.goals.filter((g) => !g.restricted).length;
    for (const [p, count] of [
      ['exec', t.demo.strategy.goals.length],
      ['member', open],
      ['outsider', open],
    ] as const) {
      const out = await call(p, 'catalog/list');
      expect(out.ok).toBe(true);
      expect((out.data as CatalogView).goals.length).toBe(count);
    }
    const view = await catalog();
    expect(view.canEdit).toBe(true);
    expect(view.people.length).toBeGreaterThan(3);
  });

  it('says each listed goal’s KPI health, and nothing of a goal the viewer may not see', async () => {
    const exec = await catalog();
    expect(exec.health['g-atlas-integration']).toBeDefined();
    expect(Object.keys(exec.health).sort()).toEqual(exec.goals.map((g) => g.id).sort());
    expect(Object.values(exec.health).some((h) => h.state === 'off-track')).toBe(true);
    const member = (await call('member', 'catalog/list')).data as CatalogView;
    expect(Object.keys(member.health).sort()).toEqual(member.goals.map((g) => g.id).sort());
    expect(Object.hasOwn(member.health, 'g-atlas-integration')).toBe(false);
  });

  it('lets the exec create a goal under a strategy goal, with the leader’s name captured', async () => {
    const out = await call('exec', 'catalog/create', { input: { ...input, leaderId: t.demo.jira.users[5]!.accountId } });
    expect(out).toMatchObject({ ok: true, data: { title: 'Win the mid-market', parentId: 'g-grow-arr', version: 1 } });
    const view = await catalog();
    const created = view.goals.find((g) => g.title === 'Win the mid-market')!;
    expect(created).toBeDefined();
    expect(view.people).toContainEqual({ accountId: t.demo.jira.users[5]!.accountId, displayName: t.demo.jira.users[5]!.displayName });
    const detail = await call('exec', 'catalog/get', { id: created.id });
    expect(detail).toMatchObject({ ok: true, data: { goal: { description: 'Land 40 mid-market logos' }, history: [{ action: 'create' }] } });
  });

  it.each<PersonaId>(['lead', 'member', 'outsider'])('refuses %s changes with FORBIDDEN and stores nothing', async (persona) => {
    const before = await catalog();
    expect((await call(persona, 'catalog/list')).data).toMatchObject({ canEdit: false });
    expect(await call(persona, 'catalog/create', { input })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const goal = before.goals.find((g) => g.id === 'g-customer-community')!;
    expect(await call(persona, 'catalog/archive', { id: goal.id, expectedVersion: goal.version })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await catalog()).toEqual(before);
  });

  it('lets members of a configured editor group edit, once a Jira admin adds the group', async () => {
    expect(await call('member', 'catalog/create', { input })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const settings = (await admin('exec', 'admin/settings')).data as { settings: { strategyEditorGroups: string[]; version: number } };
    const saved = await admin('exec', 'admin/save-settings', {
      strategyEditorGroups: [...settings.settings.strategyEditorGroups, 'northwind-staff'],
      expectedVersion: settings.settings.version,
    });
    expect(saved.ok).toBe(true);
    expect(await call('member', 'catalog/create', { input })).toMatchObject({ ok: true });
  });

  it('refuses settings changes by someone who is not a Jira admin', async () => {
    const out = await admin('member', 'admin/save-settings', { strategyEditorGroups: ['northwind-staff'], expectedVersion: 1 });
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(((await admin('exec', 'admin/settings')).data as { settings: { strategyEditorGroups: string[] } }).settings.strategyEditorGroups).toEqual([
      'throughline-strategy-editors',
    ]);
  });

  it('refuses to archive a goal with tagged work with GOAL_IN_USE and the list of what uses it', async () => {
    const goal = (await catalog()).goals.find((g) => g.id === 'g-dashboards-v3')!;
    const out = await call('exec', 'catalog/archive', { id: goal.id, expectedVersion: goal.version });
    expect(out).toMatchObject({ ok: false, error: { code: 'GOAL_IN_USE' } });
    const details = out.error!.details as { epics: { issueId: string; key?: string; title?: string }[]; hidden: { projects: number; epics: number } };
    expect(details.epics.length).toBeGreaterThan(0);
    // Every epic is named as Jira shows it to the exec, with its key.
    for (const e of details.epics)
      expect(e).toEqual({ issueId: expect.stringMatching(/^\d+$/), key: expect.stringMatching(/^[A-Z]+-\d+$/), title: expect.any(String) });
    expect(details.hidden).toEqual({ projects: 0, epics: 0 });
  });

  it('archives the goal nothing uses, and restores it', async () => {
    const goal = (await catalog()).goals.find((g) => g.id === 'g-customer-community')!;
    const archived = await call('exec', 'catalog/archive', { id: goal.id, expectedVersion: goal.version });
    expect(archived).toMatchObject({ ok: true, data: { status: 'archived' } });
    const restored = await call('exec', 'catalog/restore', { id: goal.id, expectedVersion: (archived.data as Goal).version });
    expect(restored).toMatchObject({ ok: true, data: { status: 'active' } });
  });

  it('refuses a stale save with CONFLICT carrying the stored goal', async () => {
    const goal = (await catalog()).goals.find((g) => g.id === 'g-eu-region')!;
    const detail = ((await call('exec', 'catalog/get', { id: goal.id })).data as { goal: Goal }).goal;
    const { id: _i, version, createdAt: _c, updatedAt: _u, updatedBy: _b, ...editable } = detail;
    expect((await call('exec', 'catalog/update', { id: goal.id, expectedVersion: version, input: { ...editable, title: 'First' } })).ok).toBe(true);
    const stale = await call('exec', 'catalog/update', { id: goal.id, expectedVersion: version, input: { ...editable, title: 'Second' } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { current: { title: 'First' } } } });
  });

  it.each([
    ['a 256-character title', { ...input, title: 'x'.repeat(256) }],
    ['an empty title', { ...input, title: '   ' }],
    ['a wrong level', { ...input, level: 'galaxy' }],
    ['a number for a title', { ...input, title: 42 }],
    ['a missing field', (({ stage: _s, ...rest }) => rest)(input)],
    ['an unknown parent', { ...input, parentId: 'g-nope' }],
    ['a strategy goal with a parent', { ...input, level: 'strategy' }],
    ['a date that does not exist', { ...input, timeframe: { start: '2026-02-30', end: null } }],
    ['an extra field', { ...input, version: 99 }],
    ['a __proto__ key', JSON.parse(JSON.stringify({ ...input }).replace('{', '{"__proto__":{"polluted":true},'))],
  ])('refuses %s with VALIDATION and stores nothing', async (_name, bad) => {
    const before = await catalog();
    const out = await call('exec', 'catalog/create', { input: bad });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await catalog()).toEqual(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stores a title with a script tag as plain text', async () => {
    const title = '<script>alert(1)</script>';
    const out = await call('exec', 'catalog/create', { input: { ...input, title } });
    expect(out).toMatchObject({ ok: true, data: { title } });
  });
});
