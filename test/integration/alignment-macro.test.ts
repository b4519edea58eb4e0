// The Confluence alignment tree macro through its real resolver on the demo organisation: all strategy goals or
// one goal, to the depth configured, with gaps on or off; the same rows as the explorer's one-call expansion;
// nothing of a project the viewer may not browse; bad configs refused, unknown goals NOT_FOUND; a few Jira calls.
import { RESTRICTED_PROJECT } from '../../dev/demo';
import type { GoalNode } from '../../src/shared/api/alignment';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { tree } from './alignment-fixture';
import { leakIn, macro, macroRaw, secretsOf, subtree, walkBelow } from './subtree-fixture';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const strategyGoals = async (who: PersonaId) => (await tree(t, who)).nodes as GoalNode[];

describe('the macro over all strategy goals', () => {
  it('starts at each strategy goal, two levels down by default (a page an executive reads at a glance), with the config it used', async () => {
    const view = await macro(t, 'exec');
    expect(view.root).toEqual({ kind: 'strategy' });
    expect(view.config).toEqual({ depth: 2, showGaps: true, showProgress: true, showAgreements: true });
    const goals = await strategyGoals('exec');
    expect(view.rows.filter((r) => r.depth === 0).map((r) => r.node)).toEqual(goals);
    expect(Math.max(...view.rows.map((r) => r.depth))).toBe(2);
    expect(view.rows.some((r) => r.depth === 2 && r.hiddenChildren > 0)).toBe(true);
    expect(view.truncated).toBe(false);
    expect(view.asOf).toEqual(expect.any(String));
  });

  it.each([1, 3, 8])('shows at depth %s exactly what expanding each strategy goal to that depth shows', async (depth) => {
    const view = await macro(t, 'member', { depth });
    const each = [];
    for (const g of await strategyGoals('member')) each.push(...(await subtree(t, 'member', { parent: { kind: 'goal', goalId: g.goalId }, depth })).rows);
    expect(view.rows).toEqual(each);
  });

  it('shows at full depth the whole tree, as the level-by-level walk does', async () => {
    const view = await macro(t, 'lead', { depth: 8 });
    const walked = [];
    for (const g of await strategyGoals('lead')) walked.push(...(await walkBelow(t, 'lead', g)));
    expect(view.rows.map(({ depth, node }) => ({ depth, node }))).toEqual(walked);
  });
});

describe('the macro over one goal', () => {
  it('starts at that goal, named in the view', async () => {
    const view = await macro(t, 'exec', { rootGoalId: 'g-product-differentiation', depth: 2 });
    expect(view.root).toEqual({ kind: 'goal', goalId: 'g-product-differentiation', title: expect.any(String) });
    expect(view.rows[0]).toMatchObject({
      depth: 0,
      node: { kind: 'goal', goalId: 'g-product-differentiation', title: (view.root as { title: string }).title },
    });
    expect(view.rows).toEqual((await subtree(t, 'exec', { parent: { kind: 'goal', goalId: 'g-product-differentiation' }, depth: 2 })).rows);
    expect(view.config).toEqual({ rootGoalId: 'g-product-differentiation', depth: 2, showGaps: true, showProgress: true, showAgreements: true });
  });

  it('answers NOT_FOUND, in words, for a goal that does not exist', async () => {
    const out = await macroRaw(t, 'exec', { rootGoalId: 'g-gone' });
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/goal/) } });
  });
});

describe('gaps and progress switched on and off', () => {
  it('tallies the gaps on the rows shown when gaps are on', async () => {
    const view = await macro(t, 'exec', { depth: 8 });
    const kinds = view.rows.flatMap((r) => r.node.gaps);
    expect(kinds.length).toBeGreaterThan(0);
    expect(view.gaps.total).toBe(kinds.length);
    for (const kind of new Set(kinds)) expect(view.gaps.byKind[kind]).toBe(kinds.filter((k) => k === kind).length);
  });

  it('leaves out every gap when gaps are off, and nothing else', async () => {
    const on = await macro(t, 'exec', { depth: 8 });
    const off = await macro(t, 'exec', { depth: 8, showGaps: false });
    expect(off.gaps).toEqual({ total: 0, byKind: {} });
    expect(off.rows.every((r) => r.node.gaps.length === 0)).toBe(true);
    expect(JSON.stringify(off)).not.toMatch(/"(epic-untagged|project-untagged|goal-no-work|goal-missing-roles|archived-goal-work|timeframe-ended)"/);
    expect(off.rows).toEqual(on.rows.map((r) => ({ ...r, node: { ...r.node, gaps: [] } })));
  });

  it('keeps totals and progress when progress is off (the view hides the bars), and says so in its config', async () => {
    const on = await macro(t, 'exec');
    const off = await macro(t, 'exec', { showProgress: false });
    expect(off.config.showProgress).toBe(false);
    expect(off.rows).toEqual(on.rows);
  });
});

describe('what the restricted project shows in a macro', () => {
  it('appears in the exec’s macro, so the test below looks for the right things', async () => {
    expect(JSON.stringify(await macro(t, 'exec', { depth: 8 }))).toContain('Project Atlas');
  });

  it.each(['member', 'lead', 'outsider'] as PersonaId[])('reaches %s in no macro, whatever its root, depth or switches', async (who) => {
    const secrets = secretsOf(t, RESTRICTED_PROJECT);
    const answers: unknown[] = [await macro(t, who, { depth: 8 }), await macro(t, who, { depth: 2, showGaps: false })];
    for (const rootGoalId of ['g-grow-arr', 'g-marketing-pipeline']) answers.push(await macro(t, who, { rootGoalId, depth: 8 }));
    // The goal behind the restricted work is itself restricted: rooted there, the macro answers as for no goal.
    answers.push(await macroRaw(t, who, { rootGoalId: 'g-atlas-integration', depth: 8 }));
    expect({ who, leaked: leakIn(answers, secrets) }).toEqual({ who, leaked: null });
  });

  it('answers the outsider’s macro rooted at the restricted goal behind the restricted work like one rooted at no goal', async () => {
    const atlas = await macroRaw(t, 'outsider', { rootGoalId: 'g-atlas-integration', depth: 8 });
    expect(atlas).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(atlas).toEqual(await macroRaw(t, 'outsider', { rootGoalId: 'g-no-such-goal', depth: 8 }));
  });
});

describe('a bad config', () => {
  it.each([
    ['depth 0', { depth: 0 }],
    ['depth 99', { depth: 99 }],
    ['a fractional depth', { depth: 2.5 }],
    ['a depth in words', { depth: '3' }],
    ['an unknown field', { depth: 3, asOfTime: '2026-01-01' }],
    ['an As of that is not a period id', { depth: 3, asOf: '../p-2026-q3' }],
    ['an As of that is a number', { depth: 3, asOf: 3 }],
    ['a root goal named __proto__', { rootGoalId: '__proto__' }],
    ['a root goal named constructor', { rootGoalId: 'constructor' }],
    ['a root goal with a path in it', { rootGoalId: '../g-grow-arr' }],
    ['a root goal that is a number', { rootGoalId: 42 }],
    ['gaps switched on in words', { showGaps: 'yes' }],
    ['progress as a number', { showProgress: 1 }],
    ['a __proto__ key', JSON.parse('{"depth":2,"__proto__":{"showGaps":false}}')],
    ['no object at all', null],
    ['a list', [3]],
  ])('is refused with VALIDATION, and the macro keeps working: %s', async (_what, config) => {
    expect(await macroRaw(t, 'exec', config)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await macro(t, 'exec', { depth: 1 })).rows.filter((r) => r.depth === 0)).toHaveLength(3);
  });

  it('is refused when the payload has no config at all', async () => {
    const out = await t.as('exec', { moduleKey: 'throughline-alignment-tree', functionKey: 'macro/alignment-tree', payload: {} });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('the cost of a macro', () => {
  it('asks Jira, as the viewer, once for the projects, once which epics it may see and once for the names of the projects shown, for the whole strategy at full depth', async () => {
    t.forge.jira.log.reset();
    t.forge.kvs.log.reset();
    const view = await macro(t, 'exec', { depth: 8 });
    const epics = view.rows.filter((r) => r.node.kind === 'epic').length;
    expect(epics).toBeGreaterThan(20);
    const calls = t.forge.jira.log.entries().map((e) => `${e.method} ${e.path} as ${e.actor.kind}`);
    expect(calls).toEqual(['POST /rest/api/3/permissions/project as user', 'POST /rest/api/3/search/jql as user', 'GET /rest/api/3/project/search as user']);
    expect(t.forge.kvs.log.count()).toBeLessThanOrEqual(30);
  });
});

describe('the macro a page at a time', () => {
  const page = (config: object, limit: number, cursor?: string) =>
    t.as('exec', {
      moduleKey: 'throughline-alignment-tree',
      functionKey: 'macro/alignment-tree',
      payload: { config, limit, ...(cursor ? { cursor } : {}) },
      extension: { config },
    }) as Promise<{ ok: boolean; data?: Awaited<ReturnType<typeof macro>> }>;

  it('answers, page after page, the rows of one read, and the gaps of each page add up to the whole', async () => {
    const config = { depth: 8, showGaps: true, showProgress: true };
    const whole = await macro(t, 'exec', config);
    const pages = [(await page(config, 9)).data!];
    while (pages.at(-1)!.cursor !== null && pages.length < 200) pages.push((await page(config, 9, pages.at(-1)!.cursor!)).data!);
    expect(pages.length).toBeGreaterThan(2);
    expect(pages.flatMap((p) => p.rows)).toEqual(whole.rows);
    expect(pages.reduce((n, p) => n + p.gaps.total, 0)).toBe(whole.gaps.total);
    expect(pages.every((p) => p.root.kind === 'strategy' && p.config.depth === 8)).toBe(true);
    expect(pages.at(-1)).toMatchObject({ truncated: false, cursor: null });
  });
});
