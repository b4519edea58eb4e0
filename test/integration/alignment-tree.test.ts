// The alignment tree through the real global page resolver on the demo organisation: the first screen, expanding
// level by level down to epics, filter by level, search, freshness and the active progress rule.
import type { GoalNode, ProjectNode } from '../../src/shared/api/alignment';
import { demoForge, type DemoForge } from '../support/local-forge';
import { children, childrenRaw, expectedTotals, projectIdsOf, subtree, tree } from './alignment-fixture';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const ALL = ['INS', 'PLAT', 'REL', 'GROW', 'SALES', 'CS', 'ATLAS', 'DOCS'];

describe('the first screen of the alignment tree', () => {
  it('shows the three strategy goals, each with its totals over every goal below it', async () => {
    const view = await tree(t, 'exec');
    expect(view.mode).toBe('strategy');
    expect(view.rule).toBe('issues-done');
    expect(view.asOf).toEqual(expect.any(String));
    const nodes = view.nodes as GoalNode[];
    expect(nodes.map((n) => n.title)).toEqual([
      'Grow annual recurring revenue to $48M',
      'Make every customer successful and loyal',
      'Run a reliable platform at sustainable cost',
    ]);
    for (const n of nodes) {
      const want = expectedTotals(t, subtree(t, n.goalId), projectIdsOf(t, ALL));
      expect({ goal: n.goalId, epics: n.totals.epics, counts: n.totals.counts }).toEqual({ goal: n.goalId, ...want });
      const issues = want.counts.todo + want.counts.inProgress + want.counts.done;
      expect(n.progress).toBeCloseTo(want.counts.done / issues);
      expect(n.leader).not.toBeNull();
    }
  });

  it('says which progress rule is active, and measures by it', async () => {
    const before = (await tree(t, 'exec')).nodes[0] as GoalNode;
    const saved = await t.as('exec', {
      moduleKey: 'throughline-admin',
      functionKey: 'admin/save-settings',
      payload: { progressRule: 'status-weighted', expectedVersion: 1 },
    });
    expect(saved.ok).toBe(true);
    const view = await tree(t, 'exec');
    const after = view.nodes[0] as GoalNode;
    expect(view.rule).toBe('status-weighted');
    const c = after.totals.counts;
    expect(after.progress).toBeCloseTo((c.done + c.inProgress / 2) / (c.todo + c.inProgress + c.done));
    expect(after.progress).not.toBeCloseTo(before.progress!);
  });
});

describe('the stage of the cycle on the tree', () => {
  it('gives every goal node its stage, as the catalog holds it, on the first screen and when expanded', async () => {
    const stages = new Map(t.demo.strategy.goals.map((g) => [g.id, g.stage]));
    const roots = (await tree(t, 'exec')).nodes as GoalNode[];
    const below = (await children(t, 'exec', { kind: 'goal', goalId: roots[0]!.goalId })).nodes.filter((n): n is GoalNode => n.kind === 'goal');
    expect(below.length).toBeGreaterThan(0);
    for (const n of [...roots, ...below]) expect({ id: n.goalId, stage: n.stage }).toEqual({ id: n.goalId, stage: stages.get(n.goalId) });
  });
});

describe('expanding the tree level by level', () => {
  it('opens a strategy goal onto its sub-goals, by level', async () => {
    const kids = (await children(t, 'exec', { kind: 'goal', goalId: 'g-grow-arr' })).nodes;
    expect(kids.every((n) => n.kind === 'goal')).toBe(true);
    expect(kids.map((n) => (n as GoalNode).level)).toEqual(['functional', 'functional', 'functional', 'project']);
  });

  it('opens a functional goal onto its sub-goals, then the projects aligned to it or with epics tagged to it', async () => {
    const kids = (await children(t, 'exec', { kind: 'goal', goalId: 'g-product-differentiation' })).nodes;
    const project = kids.find((n): n is ProjectNode => n.kind === 'project' && n.key === 'INS')!;
    expect(kids.map((n) => (n.kind === 'project' ? n.key : n.kind))).toEqual(['goal', 'goal', 'INS', 'PLAT']); // projects by key
    expect(kids.find((n) => n.kind === 'project' && n.key === 'PLAT')).toMatchObject({ alignedHere: false, level: 'process' });
    expect(project).toMatchObject({
      name: 'Insights App',
      alignedHere: true,
      level: 'functional',
      leader: { displayName: 'Tom Becker' },
      manager: { displayName: 'Daniel Okafor' },
    });
    expect(project.totals).toMatchObject(expectedTotals(t, ['g-product-differentiation'], projectIdsOf(t, ['INS'])));
  });

  it('opens a project onto the epics it tags with that goal, titled by Jira, with issues as counts', async () => {
    const epics = (await children(t, 'exec', { kind: 'project', goalId: 'g-product-differentiation', projectId: projectIdsOf(t, ['INS'])[0]! })).nodes;
    expect(epics.map((e) => e.kind === 'epic' && e.title)).toEqual(['Scheduled report delivery']);
    expect(epics[0]).toMatchObject({ kind: 'epic', key: expect.stringMatching(/^INS-\d+$/), status: { category: expect.any(String) }, totals: { epics: 1 } });
  });

  it('answers NOT_FOUND for a goal that does not exist', async () => {
    expect(await childrenRaw(t, 'exec', { kind: 'goal', goalId: 'g-nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a malformed node with VALIDATION', async () => {
    expect(await childrenRaw(t, 'exec', { kind: 'project', goalId: 'g-grow-arr', projectId: 'ATLAS' } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('filtering and searching the tree', () => {
  it('lists every process goal with the path above it when filtered by level', async () => {
    const view = await tree(t, 'exec', { level: 'process' });
    expect(view.mode).toBe('level');
    expect(view.nodes.length).toBe(t.demo.strategy.goals.filter((g) => g.level === 'process').length);
    expect(view.nodes.find((n) => n.kind === 'goal' && n.goalId === 'g-incident-response')).toMatchObject({
      path: ['Run a reliable platform at sustainable cost', 'Reliable, fast engineering delivery'],
    });
  });

  it('finds goals by title and projects by name', async () => {
    const goals = await tree(t, 'exec', { search: 'dashboards' });
    expect(goals.nodes.map((n) => n.kind === 'goal' && n.goalId)).toEqual(['g-dashboards-v3']);
    const projects = await tree(t, 'exec', { search: 'insights app' });
    expect(projects.nodes.map((n) => n.kind === 'project' && n.key)).toEqual(['INS']);
  });
});
