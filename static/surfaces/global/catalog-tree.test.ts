// The catalog as the page shows it: goals under their parents, filtered with their ancestors kept as context.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import type { Goal, GoalSummary } from '../../../src/shared/model/goal';
import {
  ancestorIds,
  buildTree,
  catalogHealth,
  countCatalog,
  isNarrowed,
  matchesFilter,
  NO_FILTER,
  selfAndBelow,
  type CatalogFilter,
  type TreeNode,
} from './catalog-tree';
import type { GoalHealth } from '../../../src/shared/model/goal-health';

const goals = (...gs: Goal[]): GoalSummary[] => gs.map(summaryOf);

/** S → F → P → J, S → F2 (draft), S → X (archived), T another strategy goal. */
const catalog = () =>
  goals(
    aGoal({ id: 'S', title: 'Grow revenue', level: 'strategy' }),
    aGoal({ id: 'T', title: 'delight customers', level: 'strategy' }),
    aGoal({ id: 'P', title: 'Shorten sales cycle', level: 'process', parentId: 'F' }),
    aGoal({ id: 'F', title: 'Win Europe', level: 'functional', parentId: 'S' }),
    aGoal({ id: 'F2', title: 'Build a partner channel', level: 'functional', parentId: 'S', status: 'draft', leaderId: null }),
    aGoal({ id: 'X', title: 'Old market', level: 'functional', parentId: 'S', status: 'archived' }),
    aGoal({ id: 'J', title: 'CRM rollout', level: 'project', parentId: 'P', managerId: null }),
  );

/** The tree as a reader sees it: one line per row, indented by depth, context rows in brackets. */
const outline = (nodes: TreeNode[], depth = 0): string[] =>
  nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.context ? `(${n.goal.title})` : n.goal.title}`, ...outline(n.children, depth + 1)]);

const filter = (over: Partial<CatalogFilter>): CatalogFilter => ({ ...NO_FILTER, ...over });

describe('the catalog tree', () => {
  it('shows every live goal under its parent, from the top level down and by title regardless of case', () => {
    const tree = buildTree(catalog(), NO_FILTER);
    expect(outline(tree.roots)).toEqual([
      'delight customers',
      'Grow revenue',
      '  Build a partner channel',
      '  Win Europe',
      '    Shorten sales cycle',
      '      CRM rollout',
    ]);
    expect(tree.matched).toBe(6);
  });

  it('puts a higher-level sibling before a lower-level one whatever their titles', () => {
    const tree = buildTree(
      goals(
        aGoal({ id: 'S', title: 'Z' }),
        aGoal({ id: 'a', title: 'A', level: 'process', parentId: 'S' }),
        aGoal({ id: 'b', title: 'B', level: 'functional', parentId: 'S' }),
      ),
      NO_FILTER,
    );
    expect(outline(tree.roots)).toEqual(['Z', '  B', '  A']);
  });

  it('keeps the ancestors of a match on screen as context, and counts only the match', () => {
    const tree = buildTree(catalog(), filter({ query: '  crm ' }));
    expect(outline(tree.roots)).toEqual(['(Grow revenue)', '  (Win Europe)', '    (Shorten sales cycle)', '      CRM rollout']);
    expect(tree.matched).toBe(1);
  });

  it('shows an ancestor that matches too as a match, not as context', () => {
    const tree = buildTree(catalog(), filter({ level: 'functional' }));
    expect(outline(tree.roots)).toEqual(['(Grow revenue)', '  Build a partner channel', '  Win Europe']);
    expect(tree.matched).toBe(2);
  });

  it('shows archived goals only when asked for', () => {
    expect(outline(buildTree(catalog(), NO_FILTER).roots)).not.toContain('  Old market');
    expect(outline(buildTree(catalog(), filter({ showArchived: true })).roots)).toContain('  Old market');
    expect(outline(buildTree(catalog(), filter({ status: 'archived' })).roots)).toEqual(['(Grow revenue)', '  Old market']);
  });

  it('is empty when nothing matches', () => {
    expect(buildTree(catalog(), filter({ query: 'nothing like this' }))).toEqual({ roots: [], matched: 0 });
  });

  it('shows a goal whose parent is missing at the top', () => {
    const tree = buildTree(
      goals(aGoal({ id: 'S', title: 'Grow revenue' }), aGoal({ id: 'O', title: 'Orphan', level: 'process', parentId: 'gone' })),
      NO_FILTER,
    );
    expect(outline(tree.roots)).toEqual(['Grow revenue', 'Orphan']);
  });

  it('still shows goals caught in a parent loop, once each, rather than hang or lose them', () => {
    const tree = buildTree(
      goals(
        aGoal({ id: 'S', title: 'Grow revenue' }),
        aGoal({ id: 'A', title: 'Loop A', level: 'process', parentId: 'B' }),
        aGoal({ id: 'B', title: 'Loop B', level: 'process', parentId: 'A' }),
      ),
      NO_FILTER,
    );
    expect(outline(tree.roots)).toEqual(['Grow revenue', 'Loop A', '  Loop B']);
    expect(tree.matched).toBe(3);
  });
});

describe('whether a goal matches the filter', () => {
  const g = summaryOf(aGoal({ title: 'Win Europe', level: 'functional', status: 'active' }));
  const archived = summaryOf(aGoal({ title: 'Old market', status: 'archived' }));

  it.each([
    ['no filter', g, NO_FILTER, true],
    ['its level', g, filter({ level: 'functional' }), true],
    ['another level', g, filter({ level: 'process' }), false],
    ['its status', g, filter({ status: 'active' }), true],
    ['another status', g, filter({ status: 'draft' }), false],
    ['part of its title in another case', g, filter({ query: 'EUROPE' }), true],
    ['a query padded with spaces', g, filter({ query: '  win ' }), true],
    ['a query not in its title', g, filter({ query: 'asia' }), false],
    ['archived, by default', archived, NO_FILTER, false],
    ['archived, with archived shown', archived, filter({ showArchived: true }), true],
    ['archived, filtered to archived', archived, filter({ status: 'archived' }), true],
  ] as const)('%s', (_case, goal, f, expected) => {
    expect(matchesFilter(goal, f)).toBe(expected);
  });
});

describe('whether the filter narrows the catalog', () => {
  it.each([
    [NO_FILTER, false],
    [filter({ showArchived: true }), false],
    [filter({ query: '   ' }), false],
    [filter({ query: 'x' }), true],
    [filter({ level: 'self' }), true],
    [filter({ status: 'draft' }), true],
  ])('%p → %p', (f, expected) => {
    expect(isNarrowed(f)).toBe(expected);
  });
});

describe('the counts of the summary bar', () => {
  it('counts live goals per level, archived ones apart, and live goals without a leader or a manager', () => {
    expect(countCatalog(catalog())).toEqual({
      byLevel: { strategy: 2, functional: 2, process: 1, project: 1, self: 0 },
      archived: 1,
      withoutLeader: 1,
      withoutManager: 1,
    });
  });

  it('counts zero of everything in an empty catalog', () => {
    expect(countCatalog([])).toEqual({
      byLevel: { strategy: 0, functional: 0, process: 0, project: 0, self: 0 },
      archived: 0,
      withoutLeader: 0,
      withoutManager: 0,
    });
  });
});

describe('a goal and what is below it', () => {
  it('holds the goal and every goal under it, however deep', () => {
    expect([...selfAndBelow(catalog(), 'F')].sort()).toEqual(['F', 'J', 'P']);
    expect([...selfAndBelow(catalog(), 'S')].sort()).toEqual(['F', 'F2', 'J', 'P', 'S', 'X']);
    expect([...selfAndBelow(catalog(), 'J')]).toEqual(['J']);
  });
});

describe('the ancestors of a goal', () => {
  it('lists them nearest first', () => {
    expect(ancestorIds(catalog(), 'J')).toEqual(['P', 'F', 'S']);
    expect(ancestorIds(catalog(), 'S')).toEqual([]);
    expect(ancestorIds(catalog(), 'unknown')).toEqual([]);
  });

  it('stops after going once round a parent loop', () => {
    const looped = goals(aGoal({ id: 'A', parentId: 'B' }), aGoal({ id: 'B', parentId: 'A' }));
    expect(ancestorIds(looped, 'A')).toEqual(['B', 'A']);
  });
});

describe('the health a row shows', () => {
  const health = (state: GoalHealth['state']): GoalHealth => ({
    state,
    kpis: 1,
    onTrack: 0,
    atRisk: 0,
    offTrack: state === 'off-track' ? 1 : 0,
    stale: 0,
    noData: 0,
    asOf: '2026-11-28',
    computedAt: '2026-11-28T00:00:00.000Z',
  });
  const board = { a: health('off-track'), b: health('no-kpis'), c: health('on-track') };

  it('is an active goal’s last evaluation', () => {
    expect(catalogHealth({ id: 'a', status: 'active' }, board)?.state).toBe('off-track');
    expect(catalogHealth({ id: 'c', status: 'active' }, board)?.state).toBe('on-track');
  });

  it('is none for a goal without KPIs of its own, one not yet evaluated, or one that is not active', () => {
    expect(catalogHealth({ id: 'b', status: 'active' }, board)).toBeUndefined();
    expect(catalogHealth({ id: 'z', status: 'active' }, board)).toBeUndefined();
    expect(catalogHealth({ id: 'a', status: 'draft' }, board)).toBeUndefined();
    expect(catalogHealth({ id: 'toString', status: 'active' }, board)).toBeUndefined();
  });
});

describe('the goals that need attention', () => {
  const health = (state: GoalHealth['state']): GoalHealth => ({
    state,
    kpis: state === 'no-kpis' ? 0 : 1,
    onTrack: state === 'on-track' ? 1 : 0,
    atRisk: state === 'at-risk' ? 1 : 0,
    offTrack: state === 'off-track' ? 1 : 0,
    stale: state === 'stale' ? 1 : 0,
    noData: state === 'no-data' ? 1 : 0,
    asOf: '2026-11-28',
    computedAt: '2026-11-28T00:00:00.000Z',
  });

  it('are the active goals with a KPI off track, at risk or stale, shown under their ancestors as context', () => {
    const board = { J: health('off-track'), F: health('on-track'), T: health('stale'), S: health('no-data') };
    const tree = buildTree(catalog(), filter({ attention: true }), board);
    expect(outline(tree.roots)).toEqual(['delight customers', '(Grow revenue)', '  (Win Europe)', '    (Shorten sales cycle)', '      CRM rollout']);
    expect(tree.matched).toBe(2);
    expect(isNarrowed(filter({ attention: true }))).toBe(true);
  });

  it('leave out a draft whose KPIs are off track, and everything when no health is known', () => {
    expect(buildTree(catalog(), filter({ attention: true }), { F2: health('off-track') })).toEqual({ roots: [], matched: 0 });
    expect(buildTree(catalog(), filter({ attention: true }))).toEqual({ roots: [], matched: 0 });
  });
});
