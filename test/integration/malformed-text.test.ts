// Text that cannot be encoded (a lone UTF-16 surrogate) never reaches a Jira route, a JQL string or storage: every
// call that takes user text refuses it with VALIDATION at the edge, and nothing is stored.
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { newKpi } from './scorecard-fixture';

const BAD = 'Lumen \uD800 metrics';
const LOW = '\uDC00';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const goalInput = {
  title: 'A goal',
  description: '',
  level: 'project',
  parentId: 'g-grow-arr',
  leaderId: null,
  managerId: null,
  timeframe: { start: '2026-01-01', end: '2026-12-31' },
  stage: 'execute',
  status: 'draft',
};
const checkIn = { status: 'on-track', confidence: 3, learnings: '', risks: '', decisions: '' };

const CALLS: [string, PersonaId, string, string, unknown, Record<string, unknown> | null][] = [
  ['the catalog’s people search', 'exec', 'throughline-strategy', 'catalog/search-users', { query: BAD }, null],
  ['the catalog’s people search, a lone low surrogate', 'exec', 'throughline-strategy', 'catalog/search-users', { query: LOW }, null],
  ['the issue panel’s people search', 'lead', 'throughline-goal-panel', 'panel/search-users', { query: BAD }, { issue: { key: 'INS-1' } }],
  ['the project settings’ people search', 'lead', 'throughline-project-settings', 'project-tag/search-users', { query: BAD }, { project: { key: 'INS' } }],
  ['a goal’s title', 'exec', 'throughline-strategy', 'catalog/create', { input: { ...goalInput, title: BAD } }, null],
  ['a goal’s description', 'exec', 'throughline-strategy', 'catalog/create', { input: { ...goalInput, description: BAD } }, null],
  ['a KPI’s name', 'exec', 'throughline-strategy', 'scorecards/kpi-create', { input: newKpi({ name: BAD }) }, null],
  ['a KPI’s unit', 'exec', 'throughline-strategy', 'scorecards/kpi-create', { input: newKpi({ unit: LOW }) }, null],
  [
    'a KPI’s JQL',
    'exec',
    'throughline-strategy',
    'scorecards/kpi-create',
    { input: newKpi({ source: { kind: 'jql-count', jql: `summary ~ "${BAD}"` } }) },
    null,
  ],
  [
    'a ratio KPI’s JQL',
    'exec',
    'throughline-strategy',
    'scorecards/kpi-create',
    { input: newKpi({ source: { kind: 'jql-ratio', numerator: 'project = INS', denominator: BAD } }) },
    null,
  ],
  [
    'a measurement’s note',
    'exec',
    'throughline-strategy',
    'scorecards/measurement-record',
    { kpiId: 'k-arr', input: { date: '2026-11-25', value: 1, note: BAD } },
    null,
  ],
  ['a check-in’s learnings', 'exec', 'throughline-strategy', 'scorecards/check-in-add', { goalId: 'g-grow-arr', input: { ...checkIn, learnings: BAD } }, null],
  ['a strategy editor group', 'exec', 'throughline-admin', 'admin/save-settings', { strategyEditorGroups: [BAD], expectedVersion: 1 }, null],
  ['the alignment tree’s search', 'exec', 'throughline-strategy', 'alignment/tree', { search: BAD }, null],
];

describe('text that cannot be encoded', () => {
  it.each(CALLS)('is refused in %s with VALIDATION, and nothing is stored', async (_name, who, moduleKey, functionKey, payload, extension) => {
    const before = t.forge.kvs.snapshotJson();
    const out = await t.as(who, { moduleKey, functionKey, payload, ...(extension ? { extension } : {}) });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(t.forge.kvs.snapshotJson()).toEqual(before);
  });

  it('leaves the same calls with well-formed text accepted (the table refuses only the text)', async () => {
    expect(await t.as('exec', { moduleKey: 'throughline-strategy', functionKey: 'catalog/create', payload: { input: goalInput } })).toMatchObject({ ok: true });
    const ratio = newKpi({ source: { kind: 'jql-ratio', numerator: 'project = INS', denominator: 'project = INS AND statusCategory = Done' } });
    expect(await t.as('exec', { moduleKey: 'throughline-strategy', functionKey: 'scorecards/kpi-create', payload: { input: ratio } })).toMatchObject({
      ok: true,
    });
  });

  it('is told apart from well-formed text beyond the basic plane, which is searched as usual', async () => {
    const out = await t.as('exec', { moduleKey: 'throughline-strategy', functionKey: 'catalog/search-users', payload: { query: 'So\uD83D\uDE00' } });
    expect(out.ok).toBe(true);
  });
});
