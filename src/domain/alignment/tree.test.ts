// The alignment tree as one viewer sees it: totals, progress rules, levels, and pruning to browsable projects.
import { aGoal, smallCatalog } from '../../../test/builders/goals';
import { aModel, anAlignment, anEpicRollup, aProject, aRollup, counts, type ModelInput } from '../../../test/builders/alignment';
import type { ProjectRef } from './tree-model';
import { progressOf } from './tree-progress';
import { epicNodes, goalChildren, goalNode, rootNodes, type EpicInfo } from './tree';

const A = aProject('1', 'AAA', 'Apollo');
const B = aProject('2', 'BBB', 'Borealis');
const R = aProject('9', 'RES', 'Restricted deal');

// S → F → P → J (and X archived under S); A aligned to J, R aligned to F, B has epics tagged to P.
const world = (projects: ProjectRef[], over: Partial<ModelInput> = {}) =>
  aModel({
    goals: smallCatalog(),
    projects,
    alignments: [anAlignment('1', 'J'), anAlignment('9', 'F', 'functional')],
    rollups: [
      aRollup('J', { '1': [2, 2, 2, 6] }, '2026-11-28T08:00:00.000Z'),
      aRollup('F', { '9': [3, 10, 0, 0] }, '2026-11-01T00:00:00.000Z'),
      aRollup('P', { '2': [1, 0, 0, 4] }, '2026-11-28T07:00:00.000Z'),
      aRollup('S', { '1': [1, 1, 0, 1], '9': [1, 0, 0, 5] }, '2026-11-28T06:00:00.000Z'),
    ],
    ...over,
  });

describe('progress under each rule', () => {
  it.each([
    ['issues-done', counts(2, 2, 6), counts(0, 0, 0), 0.6],
    ['issues-done', counts(0, 0, 0), counts(0, 0, 0), null],
    ['status-weighted', counts(2, 2, 6), counts(0, 0, 0), 0.7],
    ['status-weighted', counts(4, 0, 0), counts(0, 0, 0), 0],
    ['story-points', counts(2, 2, 6), counts(8, 0, 2), 0.2],
    ['story-points (no estimates: falls back to issues)', counts(1, 0, 3), counts(0, 0, 0), 0.75],
    ['story-points', counts(0, 0, 0), counts(0, 0, 0), null],
  ] as const)('%s on %j issues and %j points → %p', (rule, c, points, expected) => {
    const r = rule.startsWith('story-points') ? 'story-points' : rule;
    expect(progressOf(r as 'issues-done' | 'status-weighted' | 'story-points', { counts: c, points })).toBe(expected);
  });
});

describe('a goal’s totals', () => {
  it.each([
    ['the exec (all projects)', [A, B, R], 8, counts(13, 2, 16)],
    ['a member who cannot see RES', [A, B], 4, counts(3, 2, 11)],
    ['someone who sees only BBB', [B], 1, counts(0, 0, 4)],
    ['someone who sees nothing', [], 0, counts(0, 0, 0)],
  ])('sum its own epics and every goal below it, for %s', (_who, projects, epics, c) => {
    const m = world(projects);
    const node = goalNode(m, m.graph.byId.get('S')!);
    expect(node.totals).toMatchObject({ epics, counts: c });
  });

  it('counts progress only on what the viewer sees', () => {
    const m = world([A, B]);
    expect(goalNode(m, m.graph.byId.get('S')!).progress).toBeCloseTo(11 / 16);
    expect(goalNode(world([A, B, R]), m.graph.byId.get('S')!).progress).toBeCloseTo(16 / 31);
  });

  it.each([
    ['someone who sees nothing', [], { totals: { epics: 0 }, progress: null, workOutOfSight: true }],
    ['the exec', [A, B, R], { totals: { epics: 8 } }],
  ] as const)('says work exists out of sight, and nothing more, to %s', (_who, projects, expected) => {
    const m = world([...projects]);
    const node = goalNode(m, m.graph.byId.get('S')!);
    expect(node).toMatchObject(expected);
    if (projects.length > 0) expect(node).not.toHaveProperty('workOutOfSight');
    expect(node.gaps).not.toContain('goal-no-work');
  });

  it('does not claim work out of sight for a goal nothing serves anywhere', () => {
    const m = world([], { alignments: [], rollups: [] });
    const node = goalNode(m, m.graph.byId.get('S')!);
    expect(node).not.toHaveProperty('workOutOfSight');
    expect(node.gaps).toContain('goal-no-work');
  });

  it('uses the active progress rule', () => {
    const m = world([A], { rule: 'status-weighted' });
    expect(goalNode(m, m.graph.byId.get('J')!).progress).toBeCloseTo((6 + 1) / 10);
  });
});

describe('the first screen', () => {
  it('shows the live strategy goals with their totals, and no path', () => {
    const view = rootNodes(world([A, B]), {});
    expect(view.mode).toBe('strategy');
    expect(view.nodes.map((n) => (n.kind === 'goal' ? n.goalId : n.kind))).toEqual(['S2', 'S']);
    expect(view.nodes.every((n) => n.kind === 'goal' && n.path === undefined)).toBe(true);
  });

  it('gives as of the latest roll-up used (what moves when a change is counted), ignoring roll-ups of work the viewer cannot see', () => {
    expect(rootNodes(world([A, B, R]), {}).asOf).toBe('2026-11-28T08:00:00.000Z');
    // The restricted project's goal counted last: only those who may browse it see that time.
    const later = {
      rollups: [aRollup('J', { '1': [2, 2, 2, 6] }, '2026-11-28T08:00:00.000Z'), aRollup('F', { '9': [3, 10, 0, 0] }, '2026-11-29T00:00:00.000Z')],
    };
    expect(rootNodes(world([A, B, R], later), {}).asOf).toBe('2026-11-29T00:00:00.000Z');
    expect(rootNodes(world([A, B], later), {}).asOf).toBe('2026-11-28T08:00:00.000Z');
    expect(rootNodes(world([]), {}).asOf).toBeNull();
  });

  it.each([
    ['functional', ['F'], [['Strategy']]],
    ['project', ['J'], [['Strategy', 'Functional', 'Process']]],
    ['self', [], []],
  ] as const)('filtered to the %s level lists those goals with the path above them', (level, ids, paths) => {
    const view = rootNodes(world([A]), { level });
    expect(view.mode).toBe('level');
    expect(view.nodes.map((n) => n.kind === 'goal' && n.goalId)).toEqual(ids);
    expect(view.nodes.map((n) => n.kind === 'goal' && n.path)).toEqual(paths);
  });

  it.each([
    ['a goal title, any case', 'process', ['goal:P']],
    ['a project name', 'apollo', ['project:1']],
    ['a project key', 'aaa', ['project:1']],
    ['a restricted project’s name', 'deal', []],
    ['an archived goal', 'archived', []],
  ])('search finds %s', (_what, search, expected) => {
    const view = rootNodes(world([A, B]), { search });
    expect(view.mode).toBe('search');
    expect(view.nodes.map((n) => (n.kind === 'goal' ? `goal:${n.goalId}` : n.kind === 'project' ? `project:${n.projectId}` : n.key))).toEqual(expected);
  });
});

describe('expanding a goal', () => {
  it('lists sub-goals by level, then the projects aligned to it or with epics tagged to it', () => {
    const m = world([A, B, R]);
    const names = (id: string) => goalChildren(m, id)!.nodes.map((n) => (n.kind === 'goal' ? n.goalId : n.kind === 'project' ? n.key : n.key));
    expect(names('S')).toEqual(['F', 'AAA', 'RES']);
    expect(names('F')).toEqual(['P', 'RES']);
    expect(names('P')).toEqual(['J', 'BBB']);
    expect(names('J')).toEqual(['AAA']);
  });

  it('shows a restricted project to nobody who cannot browse it', () => {
    const m = world([A, B]);
    expect(JSON.stringify(goalChildren(m, 'F'))).not.toMatch(/RES|Restricted|"9"/);
    expect(goalChildren(m, 'S')!.nodes.map((n) => n.kind)).toEqual(['goal', 'project']);
  });

  it('tells a project aligned here from one that only has epics tagged here', () => {
    const m = world([A, B]);
    const [j] = goalChildren(m, 'J')!.nodes;
    const [, b] = goalChildren(m, 'P')!.nodes;
    expect(j).toMatchObject({ kind: 'project', alignedHere: true, level: 'project', leader: { displayName: 'Pat Lead' }, totals: { epics: 2 } });
    expect(b).toMatchObject({ kind: 'project', alignedHere: false, level: null, leader: null, gaps: ['project-untagged'] });
  });

  it('keeps an archived sub-goal only while visible work hangs on it', () => {
    const withWork = world([A], { rollups: [aRollup('X', { '1': [1, 1, 0, 0] })] });
    expect(goalChildren(withWork, 'S')!.nodes.map((n) => n.kind === 'goal' && n.goalId)).toContain('X');
    expect(goalChildren(world([A]), 'S')!.nodes.map((n) => n.kind === 'goal' && n.goalId)).not.toContain('X');
  });

  it('answers undefined for a goal that does not exist', () => {
    expect(goalChildren(world([A]), 'nope')).toBeUndefined();
  });

  it('counts the children a node will show when expanded', () => {
    const m = world([A, B]);
    expect(goalNode(m, m.graph.byId.get('P')!)).toMatchObject({ childGoals: 1, projects: 1 });
    expect(goalNode(m, aGoal({ id: 'S2' }))).toMatchObject({ childGoals: 0, projects: 0 });
  });
});

describe('a project’s epics under a goal', () => {
  const info = (id: string, key: string): [string, EpicInfo] => [
    id,
    {
      id,
      key,
      projectId: key.startsWith('RES') ? '9' : '1',
      title: `Epic ${key}`,
      status: { name: 'In Progress', category: 'inProgress' },
      tag: { goalId: 'J', level: 'project', leaderId: 'acc-leader' },
    },
  ];

  it('shows the epics Jira returns to the viewer, in key order, with issues as counts and progress', () => {
    const m = world([A]);
    const out = epicNodes(
      m,
      [anEpicRollup('11', '1', 'J', counts(0, 0, 4)), anEpicRollup('10', '1', 'J', counts(1, 1, 2), '2026-11-27T00:00:00.000Z')],
      new Map([info('10', 'AAA-2'), info('11', 'AAA-10')]),
      { 'acc-leader': 'Lee Leader' },
    );
    expect(out.nodes.map((n) => n.key)).toEqual(['AAA-2', 'AAA-10']);
    expect(out.nodes[0]).toMatchObject({
      title: 'Epic AAA-2',
      level: 'project',
      leader: { displayName: 'Lee Leader' },
      totals: { epics: 1, counts: counts(1, 1, 2) },
      progress: 0.5,
    });
    expect(out.asOf).toBe('2026-11-28T09:00:00.000Z'); // the later of the two epics' counts
  });

  it('leaves out epics of projects the viewer cannot browse and epics Jira did not return', () => {
    const m = world([A]);
    const out = epicNodes(
      m,
      [anEpicRollup('10', '1', 'J'), anEpicRollup('12', '1', 'J'), anEpicRollup('90', '9', 'J')],
      new Map([info('10', 'AAA-1'), info('90', 'RES-1')]),
      {},
    );
    expect(out.nodes.map((n) => n.key)).toEqual(['AAA-1']);
  });
});

describe('a goal’s pace and health on its row', () => {
  it('says where its work would be on plan today: the share of its timeframe gone by', () => {
    const m = world([A, B, R]);
    // 2026-01-01 … 2026-12-31, on 2026-11-28: 331 of 364 days.
    expect(goalNode(m, m.graph.byId.get('S')!).expected).toBeCloseTo(331 / 364);
  });

  it('carries the goal’s KPI health where the read has the board, and null for a goal not evaluated yet', () => {
    const health = { state: 'at-risk', kpis: 2, onTrack: 1, atRisk: 1, offTrack: 0, stale: 0, noData: 0, asOf: '2026-11-28', computedAt: 'x' } as const;
    const m = { ...world([A, B, R]), health: { S: health } };
    expect(goalNode(m, m.graph.byId.get('S')!).health).toEqual(health);
    expect(goalNode(m, m.graph.byId.get('F')!).health).toBeNull();
    expect(goalNode(world([A]), m.graph.byId.get('S')!)).not.toHaveProperty('health');
  });
});
