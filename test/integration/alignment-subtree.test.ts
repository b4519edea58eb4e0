// The explorer's "expand all" through the real global page resolver on the demo organisation: one call gives
// the same nodes, in the same order, as expanding every node one by one; it stops at the depth asked; it shows
// each persona only what they may browse (an epic Jira does not return to the viewer is not shown, wherever its
// roll-up says it sits); it refuses bad requests; and it costs one Jira call for the projects plus one ids-only
// search for the epics, however many goals, projects and epics it walks.
import { buildDemoOrganisation, ISSUE_TYPES, RESTRICTED_PROJECT, STATUSES } from '../../dev/demo';
import { createLocalForge } from '../../dev/throughline-host';
import { DayClock } from '@throughline/local-forge';
import { DEMO_TODAY } from '../support/demo-day';
import type { JiraIssue } from '@throughline/local-forge/jira';
import type { GoalNode, ProjectNode, TreeNode } from '../../src/shared/api/alignment';
import { forgeRollupStore } from '../../src/platform/storage/rollup-store';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { accountOf, demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { children, childrenRaw, projectIdsOf, tree } from './alignment-fixture';
import { leakIn, secretsOf, subtree, subtreeRaw, walkBelow } from './subtree-fixture';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const PERSONAS: PersonaId[] = ['exec', 'lead', 'member', 'outsider'];
const strategyGoals = async (who: PersonaId) => (await tree(t, who)).nodes as GoalNode[];
const goalRef = (goalId: string) => ({ kind: 'goal' as const, goalId });

describe('expanding a whole goal in one call', () => {
  it.each(PERSONAS)('gives %s the same nodes, in the same order and with the same totals, as expanding every node one by one', async (who) => {
    for (const goal of await strategyGoals(who)) {
      const view = await subtree(t, who, { parent: goalRef(goal.goalId) });
      const walked = await walkBelow(t, who, goal);
      expect({ goal: goal.goalId, rows: view.rows.map(({ depth, node }) => ({ depth, node })) }).toEqual({ goal: goal.goalId, rows: walked });
      expect(view.rows.every((r) => r.hiddenChildren === 0)).toBe(true);
      expect(view.truncated).toBe(false);
    }
  });

  it('holds goals, projects and epics, and says how fresh they are and by which rule progress is counted', async () => {
    const view = await subtree(t, 'exec', { parent: goalRef('g-grow-arr') });
    expect(new Set(view.rows.map((r) => r.node.kind))).toEqual(new Set(['goal', 'project', 'epic']));
    expect(view.rows[0]).toMatchObject({ depth: 0, node: { kind: 'goal', goalId: 'g-grow-arr' } });
    expect(view.asOf).toEqual(expect.any(String));
    expect(view.rule).toBe('issues-done');
  });

  it('stops at the depth asked, each node at the limit saying how many children it keeps back', async () => {
    const [goal] = (await strategyGoals('exec')).filter((g) => g.goalId === 'g-grow-arr');
    const walked = await walkBelow(t, 'exec', goal!);
    const view = await subtree(t, 'exec', { parent: goalRef('g-grow-arr'), depth: 2 });
    const kept = (n: TreeNode) => (n.kind === 'goal' ? n.childGoals + n.projects : n.kind === 'project' ? n.totals.epics : 0);
    expect(view.rows).toEqual(walked.filter((r) => r.depth <= 2).map((r) => ({ ...r, hiddenChildren: r.depth === 2 ? kept(r.node) : 0 })));
    expect(view.rows.some((r) => r.hiddenChildren > 0)).toBe(true);
  });

  it('expands a project under a goal into the epics that serve that goal', async () => {
    const ins = projectIdsOf(t, ['INS'])[0]!;
    const project = (await children(t, 'exec', goalRef('g-product-differentiation'))).nodes.find(
      (n): n is ProjectNode => n.kind === 'project' && n.projectId === ins,
    )!;
    const view = await subtree(t, 'exec', { parent: { kind: 'project', goalId: 'g-product-differentiation', projectId: ins } });
    expect(view.rows.map(({ depth, node }) => ({ depth, node }))).toEqual(await walkBelow(t, 'exec', project));
    expect(view.rows.map((r) => r.node.kind === 'epic' && r.node.title)).toEqual([false, 'Scheduled report delivery']);
  });
});

describe('what the restricted project shows', () => {
  it('appears in the exec’s expansion, so the tests below look for the right things', async () => {
    const text = JSON.stringify(await subtree(t, 'exec', { parent: goalRef('g-grow-arr') }));
    expect(text).toContain('Project Atlas');
    expect(text).toContain('Lumen Metrics customer migration plan');
  });

  it.each(['member', 'lead', 'outsider'] as PersonaId[])('reaches %s in no expansion of any strategy goal, at any depth', async (who) => {
    const secrets = secretsOf(t, RESTRICTED_PROJECT);
    for (const goal of await strategyGoals(who)) {
      for (const depth of [1, 2, 3, undefined]) {
        const view = await subtree(t, who, { parent: goalRef(goal.goalId), ...(depth ? { depth } : {}) });
        expect({ who, goal: goal.goalId, depth, leaked: leakIn(view, secrets) }).toEqual({ who, goal: goal.goalId, depth, leaked: null });
      }
    }
    // The goal behind the restricted work is restricted too: expanding it answers like a goal that does not exist.
    const atlasGoal = await subtreeRaw(t, who, { parent: goalRef('g-atlas-integration') });
    expect(atlasGoal).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(atlasGoal).toEqual(await subtreeRaw(t, who, { parent: goalRef('g-no-such-goal') }));
  });

  it('answers the outsider’s forged request for the restricted project exactly like a project that does not exist', async () => {
    const atlas = projectIdsOf(t, [RESTRICTED_PROJECT])[0]!;
    const forged = await subtreeRaw(t, 'outsider', { parent: { kind: 'project', goalId: 'g-atlas-integration', projectId: atlas } });
    const missing = await subtreeRaw(t, 'outsider', { parent: { kind: 'project', goalId: 'g-atlas-integration', projectId: '99999' } });
    expect(forged).toEqual(missing);
    expect(forged).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(forged).toEqual(await childrenRaw(t, 'outsider', { kind: 'project', goalId: 'g-atlas-integration', projectId: atlas }));
  });
});

describe('an epic Jira does not return to the viewer', () => {
  const MOVED = 'Lumen Metrics customer migration plan';
  /** As if the epic had just moved into the restricted project and its roll-up had not followed yet: the roll-up
   *  (and its stored key and title) says a project every persona may browse, Jira says the restricted one. */
  const staleRollup = async () => {
    const [atlas] = projectIdsOf(t, [RESTRICTED_PROJECT]);
    const [ins] = projectIdsOf(t, ['INS']);
    const epic = t.forge.jira.state.issues.find((i) => i.projectId === atlas && i.summary === MOVED)!;
    const stored = (await forgeRollupStore.epics([epic.id])).get(epic.id)!;
    expect(stored).toMatchObject({ title: MOVED, key: epic.key });
    await forgeRollupStore.putEpic(epic.id, { ...stored, projectId: ins! }, stored.asOf);
    return { epic, ins: ins! };
  };
  const epicRows = (rows: { node: TreeNode }[]) => rows.filter((r) => r.node.kind === 'epic');

  it('is not shown, though its roll-up puts it in a project the viewer may browse', async () => {
    const { epic, ins } = await staleRollup();
    for (const who of ['member', 'lead'] as PersonaId[]) {
      const view = await subtree(t, who, { parent: goalRef('g-atlas-integration') });
      // The roll-up's numbers reach the project row (the viewer may browse INS); the epic itself does not.
      expect(view.rows.find((r) => r.node.kind === 'project')?.node).toMatchObject({ projectId: ins, totals: { epics: 1 } });
      expect({ who, epics: epicRows(view.rows), leaked: leakIn(view, [MOVED, `${epic.key}"`, `"${epic.id}"`]) }).toEqual({ who, epics: [], leaked: null });
    }
  });

  it('is shown where its roll-up says to a viewer Jira does return it to', async () => {
    const { epic, ins } = await staleRollup();
    const view = await subtree(t, 'exec', { parent: goalRef('g-atlas-integration') });
    const at = view.rows.findIndex((r) => r.node.kind === 'epic' && r.node.issueId === epic.id);
    expect(view.rows[at]!.node).toMatchObject({ key: epic.key, title: MOVED });
    expect(
      view.rows
        .slice(0, at)
        .reverse()
        .find((r) => r.node.kind === 'project')!.node,
    ).toMatchObject({ projectId: ins });
  });
});

describe('a bad request', () => {
  const parent = goalRef('g-grow-arr');
  it.each([
    ['depth 0', { parent, depth: 0 }],
    ['depth 9', { parent, depth: 9 }],
    ['depth 99', { parent, depth: 99 }],
    ['a fractional depth', { parent, depth: 1.5 }],
    ['a depth in words', { parent, depth: '3' }],
    ['no parent', {}],
    ['an unknown field', { parent, all: true }],
    ['a project by key', { parent: { kind: 'project', goalId: 'g-grow-arr', projectId: 'INS' } }],
    ['an epic as parent', { parent: { kind: 'epic', issueId: '10001' } }],
    ['a goal id with a path in it', { parent: { kind: 'goal', goalId: '../g-grow-arr' } }],
    ['a __proto__ key', JSON.parse('{"parent":{"kind":"goal","goalId":"g-grow-arr"},"__proto__":{"depth":1}}')],
    ['not an object', 'g-grow-arr'],
  ])('is refused with VALIDATION: %s', async (_what, payload) => {
    expect(await subtreeRaw(t, 'exec', payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await subtree(t, 'exec', { parent, depth: 1 })).rows.length).toBeGreaterThan(1);
  });

  it.each([
    ['a goal that does not exist', () => goalRef('g-nope')],
    ['a goal named like an object’s prototype', () => goalRef('__proto__')],
    ['a project under a goal that does not exist', () => ({ kind: 'project', goalId: 'g-nope', projectId: projectIdsOf(t, ['INS'])[0] })],
  ])('answers NOT_FOUND for %s', async (_what, ref) => {
    expect(await subtreeRaw(t, 'exec', { parent: ref() })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

/** The demo with `n` more epics in one project, tagged to one goal, each with a story; roll-ups counted at start. */
const withMoreEpics = async (n: number, projectKey: string, goalId: string): Promise<DemoForge> => {
  const demo = buildDemoOrganisation({ today: DEMO_TODAY });
  const clock = new DayClock(DEMO_TODAY);
  const seed = structuredClone(demo.jira);
  const project = seed.projects.find((p) => p.key === projectKey)!;
  let id = Math.max(...seed.issues.map((i) => Number(i.id)));
  const at = seed.issues[0]!.created;
  const issue = (over: Partial<JiraIssue>): JiraIssue => ({
    id: String(++id),
    key: `${projectKey}-${9000 + id}`,
    projectId: project.id,
    issueTypeId: ISSUE_TYPES.story.id,
    statusId: STATUSES.todo.id,
    summary: '',
    labels: [],
    created: at,
    updated: at,
    properties: {},
    ...over,
  });
  for (let i = 0; i < n; i++) {
    const epic = issue({ issueTypeId: ISSUE_TYPES.epic.id, summary: `Extra epic ${i}`, properties: { [EPIC_TAG_PROPERTY]: { goalId, level: 'project' } } });
    seed.issues.push(epic, issue({ summary: `Extra story ${i}`, parentId: epic.id, statusId: i % 2 === 0 ? STATUSES.done.id : STATUSES.todo.id }));
  }
  const forge = await createLocalForge({ seed, strategy: demo.strategy, clock });
  return {
    forge,
    demo,
    clock,
    as: async (persona, req) => (await forge.invoke({ ...req, ...(persona ? { accountId: accountOf(persona) } : {}) })) as never,
    issue: () => {
      throw new Error('not used');
    },
    keyOf: () => '',
  };
};

describe('the cost of expanding a whole goal', () => {
  const jiraCalls = () => t.forge.jira.log.entries().map((e) => `${e.method} ${e.path} as ${e.actor.kind}`);
  const expand = async (goalId: string) => {
    t.forge.jira.log.reset();
    t.forge.kvs.log.reset();
    const view = await subtree(t, 'exec', { parent: goalRef(goalId) });
    return { view, calls: jiraCalls(), storage: t.forge.kvs.log.count() };
  };

  it('asks Jira, as the viewer, once for the projects, once which epics it may see and once for the names of the projects shown, where expanding node by node asks once per node', async () => {
    const { view, calls, storage } = await expand('g-grow-arr');
    expect(calls).toEqual(['POST /rest/api/3/permissions/project as user', 'POST /rest/api/3/search/jql as user', 'GET /rest/api/3/project/search as user']);
    expect(storage).toBeLessThanOrEqual(20);

    t.forge.jira.log.reset();
    t.forge.kvs.log.reset();
    const [goal] = (await strategyGoals('exec')).filter((g) => g.goalId === 'g-grow-arr');
    await walkBelow(t, 'exec', goal!);
    const expandable = view.rows.filter((r) => r.node.kind !== 'epic').length;
    expect(t.forge.jira.log.entries().length).toBeGreaterThan(expandable);
    expect(t.forge.kvs.log.count()).toBeGreaterThan(4 * storage);
  });

  it('asks no more of Jira for hundreds more epics: their facts are stored, and one ids-only search says which to show', async () => {
    t = await withMoreEpics(250, 'GROW', 'g-website-relaunch');
    const { view, calls, storage } = await expand('g-grow-arr');
    const epics = view.rows.filter((r) => r.node.kind === 'epic').length;
    expect(epics).toBeGreaterThan(250);
    expect(view.rows.filter((r) => r.node.kind === 'epic' && r.node.title.startsWith('Extra epic'))).toHaveLength(250);
    expect(calls).toEqual(['POST /rest/api/3/permissions/project as user', 'POST /rest/api/3/search/jql as user', 'GET /rest/api/3/project/search as user']);
    expect(storage).toBeLessThanOrEqual(25);
  });

  it('reads from Jira, as the viewer, only the epics whose roll-ups were written before the app kept their facts', async () => {
    const before = await subtree(t, 'exec', { parent: goalRef('g-grow-arr') });
    const old = before.rows.flatMap((r) => (r.node.kind === 'epic' ? [r.node.issueId] : [])).slice(0, 3);
    expect(old).toHaveLength(3);
    for (const id of old) {
      const { key: _k, title: _t, status: _s, level: _l, leaderId: _lead, managerId: _m, ...record } = (await forgeRollupStore.epics([id])).get(id)!;
      await forgeRollupStore.putEpic(id, record, record.asOf);
    }
    const { view, calls } = await expand('g-grow-arr');
    expect(view).toEqual(before);
    expect(calls).toEqual([
      'POST /rest/api/3/permissions/project as user',
      'POST /rest/api/3/search/jql as user',
      'POST /rest/api/3/search/jql as user',
      'GET /rest/api/3/project/search as user',
    ]);
  });
});

describe('a subtree a page at a time', () => {
  /** Every page of one read, passing back each page's cursor, as the explorer's "Show more" does. */
  const allPages = async (who: PersonaId, parent: ReturnType<typeof goalRef>, limit: number) => {
    const pages = [await subtree(t, who, { parent, limit })];
    while (pages.at(-1)!.cursor !== null && pages.length < 500) pages.push(await subtree(t, who, { parent, limit, cursor: pages.at(-1)!.cursor! }));
    return pages;
  };

  it.each(PERSONAS)('gives %s, page after page, exactly the rows of one read, each once and in order', async (who) => {
    const whole = await subtree(t, who, { parent: goalRef('g-grow-arr') });
    expect(whole).toMatchObject({ truncated: false, cursor: null });
    for (const limit of [1, 7, 25]) {
      const pages = await allPages(who, goalRef('g-grow-arr'), limit);
      expect(pages.flatMap((p) => p.rows)).toEqual(whole.rows);
      // A page boundary: every page but the last is full and says where the next starts; the last says it is the last.
      expect(pages.slice(0, -1).every((p) => p.rows.length === limit && p.truncated && p.cursor !== null)).toBe(true);
      expect(pages.at(-1)).toMatchObject({ truncated: false, cursor: null });
    }
  });

  it('answers the first page of the same request as the whole read when it fits in one page', async () => {
    const view = await subtree(t, 'exec', { parent: goalRef('g-grow-arr'), limit: 2000 });
    expect(view.cursor).toBeNull();
    expect(Buffer.byteLength(JSON.stringify(view))).toBeLessThan(1024 * 1024);
  });

  it('keeps every page under 1 MB, however many epics a goal has', async () => {
    t = await withMoreEpics(2100, 'GROW', 'g-website-relaunch');
    const pages = await allPages('exec', goalRef('g-grow-arr'), 2000);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.flatMap((p) => p.rows).filter((r) => r.node.kind === 'epic' && r.node.title.startsWith('Extra epic'))).toHaveLength(2100);
    for (const p of pages) expect(Buffer.byteLength(JSON.stringify({ ok: true, data: p }))).toBeLessThan(1024 * 1024);
  });

  it('shows no trace of the restricted project on any page', async () => {
    const secrets = secretsOf(t, RESTRICTED_PROJECT);
    for (const goal of await strategyGoals('member'))
      for (const page of await allPages('member', goalRef(goal.goalId), 5)) expect(leakIn(page, secrets)).toBeNull();
  });

  it.each([
    ['a cursor in words', 'next', undefined],
    ['a cursor with a path in it', '../1.0', undefined],
    ['a cursor too long to be one', '12345678.0', undefined],
    ['a limit of 0', undefined, 0],
    ['a limit over the page size', undefined, 2001],
  ])('refuses %s with VALIDATION', async (_what, cursor, limit) => {
    const payload = { parent: goalRef('g-grow-arr'), ...(cursor !== undefined ? { cursor } : {}), ...(limit !== undefined ? { limit } : {}) };
    expect(await subtreeRaw(t, 'exec', payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers an empty last page for a cursor past the end', async () => {
    expect(await subtree(t, 'exec', { parent: goalRef('g-grow-arr'), cursor: '999999.0' })).toMatchObject({ rows: [], truncated: false, cursor: null });
  });
});
