// The subtree walk: display order, depth limit, what a node at the limit keeps back, the row cap, and which
// projects' epics must be read (and no others), on the small catalog as different viewers see it.
import { aGoal, smallCatalog } from '../../../test/builders/goals';
import { aModel, anAlignment, aProject, aRollup } from '../../../test/builders/alignment';
import type { EpicNode, TreeNode } from '../../shared/api/alignment';
import type { SubtreeRow } from '../../shared/api/macros';
import {
  assemblePage,
  assembleRows,
  decodePosition,
  encodePosition,
  planSubtree,
  rowBytes,
  slotsToRead,
  storedEpicInfo,
  strategyRoots,
  tallyGaps,
  withoutGaps,
  type PlanItem,
  type SubtreePlan,
  type SubtreeRoot,
} from './subtree';
import { goalChildren } from './tree';
import type { ProjectRef } from './tree-model';

const A = aProject('1', 'AAA', 'Apollo');
const B = aProject('2', 'BBB', 'Borealis');
const R = aProject('9', 'RES', 'Restricted deal');

// S → F → P → J (X archived under S, S2 alone); A aligned to J, R aligned to F, B has epics tagged to P.
const world = (projects: ProjectRef[], over: Partial<Parameters<typeof aModel>[0]> = {}) =>
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

const label = (n: TreeNode): string => (n.kind === 'goal' ? n.goalId : n.kind === 'project' ? `${n.key}@${n.goalId}` : n.key);
/** One line per plan item: "depth label +hidden" for rows, "depth [goal/project]" for a slot of epics. */
const lines = (plan: SubtreePlan): string[] =>
  plan.items.map((i: PlanItem) => (i.kind === 'row' ? `${i.row.depth} ${label(i.row.node)} +${i.row.hiddenChildren}` : `${i.slot.depth} [${i.slot.key}]`));

const S: SubtreeRoot = { kind: 'goal', goalId: 'S' };

describe('walking a subtree in display order', () => {
  it.each([
    ['1: the root and its children, each saying what it keeps back', 1, ['0 S +0', '1 F +2', '1 AAA@S +1', '1 RES@S +1']],
    ['2: down to the grandchildren', 2, ['0 S +0', '1 F +0', '2 P +2', '2 RES@F +3', '1 AAA@S +0', '2 [S/1]', '1 RES@S +0', '2 [S/9]']],
    ['3', 3, ['0 S +0', '1 F +0', '2 P +0', '3 J +1', '3 BBB@P +1', '2 RES@F +0', '3 [F/9]', '1 AAA@S +0', '2 [S/1]', '1 RES@S +0', '2 [S/9]']],
    [
      'all the way down',
      Infinity,
      [
        '0 S +0',
        '1 F +0',
        '2 P +0',
        '3 J +0',
        '4 AAA@J +0',
        '5 [J/1]',
        '3 BBB@P +0',
        '4 [P/2]',
        '2 RES@F +0',
        '3 [F/9]',
        '1 AAA@S +0',
        '2 [S/1]',
        '1 RES@S +0',
        '2 [S/9]',
      ],
    ],
  ])('to depth %s', (_what, depth, expected) => {
    expect(lines(planSubtree(world([A, B, R]), [S], depth)!)).toEqual(expected);
  });

  it.each([
    [
      'a member who cannot see RES',
      [A, B],
      ['0 S +0', '1 F +0', '2 P +0', '3 J +0', '4 AAA@J +0', '5 [J/1]', '3 BBB@P +0', '4 [P/2]', '1 AAA@S +0', '2 [S/1]'],
    ],
    ['someone who sees only BBB', [B], ['0 S +0', '1 F +0', '2 P +0', '3 J +0', '3 BBB@P +0', '4 [P/2]']],
    ['someone who sees nothing', [], ['0 S +0', '1 F +0', '2 P +0', '3 J +0']],
  ])('shows %s only the projects they may browse', (_who, projects, expected) => {
    const plan = planSubtree(world(projects), [S], Infinity)!;
    expect(lines(plan)).toEqual(expected);
    expect(JSON.stringify(plan)).not.toMatch(/RES|Restricted|"9"/);
  });

  it('puts under every goal row exactly the nodes that expanding that goal shows', () => {
    const m = world([A, B, R]);
    const plan = planSubtree(m, [S], Infinity)!;
    const rows = plan.items.flatMap((i) => (i.kind === 'row' ? [i.row] : []));
    rows.forEach((r, at) => {
      if (r.node.kind !== 'goal') return;
      const below: TreeNode[] = [];
      for (const next of rows.slice(at + 1)) {
        if (next.depth <= r.depth) break;
        if (next.depth === r.depth + 1) below.push(next.node);
      }
      expect({ goal: r.node.goalId, below }).toEqual({ goal: r.node.goalId, below: goalChildren(m, r.node.goalId)!.nodes });
    });
  });

  it('starts at a project: the project, then its epics', () => {
    const plan = planSubtree(world([A]), [{ kind: 'project', goalId: 'J', projectId: '1' }], 1)!;
    expect(lines(plan)).toEqual(['0 AAA@J +0', '1 [J/1]']);
    expect(plan.goalIds).toEqual(['J']);
  });

  it('reads each goal’s epics once, however many of its projects are shown', () => {
    const m = aModel({ goals: smallCatalog(), projects: [A, B], rollups: [aRollup('J', { '1': [2, 1, 0, 0], '2': [1, 1, 0, 0] })] });
    const plan = planSubtree(m, [{ kind: 'goal', goalId: 'J' }], 2)!;
    expect(plan.slots.map((s) => s.key)).toEqual(['J/1', 'J/2']);
    expect(plan.goalIds).toEqual(['J']);
  });

  it.each([
    ['an unknown goal', { kind: 'goal', goalId: 'nope' }],
    ['a project the viewer may not browse', { kind: 'project', goalId: 'F', projectId: '9' }],
    ['a project that does not exist', { kind: 'project', goalId: 'F', projectId: '12345' }],
  ] as const)('answers undefined for %s', (_what, root) => {
    expect(planSubtree(world([A, B]), [root], 3)).toBeUndefined();
  });

  it('ends on looping data, showing each goal once', () => {
    const loop = [aGoal({ id: 'L1', level: 'functional', parentId: 'L2' }), aGoal({ id: 'L2', level: 'functional', parentId: 'L1' })];
    expect(lines(planSubtree(aModel({ goals: loop }), [{ kind: 'goal', goalId: 'L1' }], Infinity)!)).toEqual(['0 L1 +0', '1 L2 +0']);
  });

  it('gives as of the latest roll-up used, ignoring work the viewer cannot see', () => {
    expect(planSubtree(world([A, B, R]), [S], 1)!.asOf).toBe('2026-11-28T08:00:00.000Z');
    // The restricted project's goal counted last: only those who may browse it see that time.
    const later = {
      rollups: [aRollup('J', { '1': [2, 2, 2, 6] }, '2026-11-28T08:00:00.000Z'), aRollup('F', { '9': [3, 10, 0, 0] }, '2026-11-29T00:00:00.000Z')],
    };
    expect(planSubtree(world([A, B, R], later), [S], 1)!.asOf).toBe('2026-11-29T00:00:00.000Z');
    expect(planSubtree(world([A, B], later), [S], 1)!.asOf).toBe('2026-11-28T08:00:00.000Z');
  });

  it('starts a read over all of strategy at the live strategy goals, by title', () => {
    const m = aModel({ goals: [...smallCatalog(), aGoal({ id: 'S3', title: 'Archived strategy', status: 'archived' })] });
    expect(strategyRoots(m)).toEqual([
      { kind: 'goal', goalId: 'S2' },
      { kind: 'goal', goalId: 'S' },
    ]);
  });
});

const epic = (key: string): EpicNode => ({
  kind: 'epic',
  issueId: key.replace(/\D/g, ''),
  key,
  title: `Epic ${key}`,
  status: null,
  level: null,
  leader: null,
  manager: null,
  totals: { epics: 1, counts: { todo: 1, inProgress: 0, done: 0 }, points: { todo: 0, inProgress: 0, done: 0 } },
  progress: 0,
  gaps: [],
});

describe('the row cap and the epics it reaches', () => {
  // Rows: S, F, P, J, AAA@J, [J/1], BBB@P, [P/2], RES@F, [F/9], AAA@S, [S/1], RES@S, [S/9] (10 rows and 4 slots).
  const plan = planSubtree(world([A, B, R]), [S], Infinity)!;
  const bound = new Map([
    ['J/1', 2],
    ['P/2', 1],
    ['F/9', 3],
    ['S/1', 1],
    ['S/9', 1],
  ]);
  const keys = (slots: { key: string }[]) => slots.map((s) => s.key);

  it.each([
    ['no cap reached: every slot at once', 100, new Map<string, number>(), ['J/1', 'P/2', 'F/9', 'S/1', 'S/9']],
    ['a cap right where the first slot starts: none', 5, new Map<string, number>(), []],
    ['a cap inside the first slot: only it', 6, new Map<string, number>(), ['J/1']],
    ['a cap where the third slot would start if every epic showed', 10, new Map<string, number>(), ['J/1', 'P/2']],
    [
      'the same cap once Jira showed none of the first two: the third',
      10,
      new Map([
        ['J/1', 0],
        ['P/2', 0],
      ]),
      ['F/9'],
    ],
    [
      'everything reached already read: nothing more',
      100,
      new Map([
        ['J/1', 2],
        ['P/2', 1],
        ['F/9', 3],
        ['S/1', 1],
        ['S/9', 1],
      ]),
      [],
    ],
  ])('%s', (_what, cap, shown, expected) => {
    expect(keys(slotsToRead(plan, shown, bound, cap))).toEqual(expected);
  });

  it('skips slots with no epic roll-ups: there is nothing to ask Jira', () => {
    expect(keys(slotsToRead(plan, new Map(), new Map([['S/9', 2]]), 100))).toEqual(['S/9']);
  });

  const epics = new Map([
    ['J/1', [epic('AAA-1'), epic('AAA-2')]],
    ['P/2', [epic('BBB-1')]],
    ['F/9', [epic('RES-1')]],
    ['S/1', [epic('AAA-3')]],
    ['S/9', []],
  ]);
  const shownRows = (rows: SubtreeRow[]) => rows.map((r) => `${r.depth} ${label(r.node)}`);

  it('puts each project’s epics right below it, one level deeper', () => {
    const out = assembleRows(plan, epics, 100);
    expect(out.truncated).toBe(false);
    expect(shownRows(out.rows)).toEqual([
      '0 S',
      '1 F',
      '2 P',
      '3 J',
      '4 AAA@J',
      '5 AAA-1',
      '5 AAA-2',
      '3 BBB@P',
      '4 BBB-1',
      '2 RES@F',
      '3 RES-1',
      '1 AAA@S',
      '2 AAA-3',
      '1 RES@S',
    ]);
  });

  it.each([
    [1, ['0 S']],
    [6, ['0 S', '1 F', '2 P', '3 J', '4 AAA@J', '5 AAA-1']],
    [14, ['0 S', '1 F', '2 P', '3 J', '4 AAA@J', '5 AAA-1', '5 AAA-2', '3 BBB@P', '4 BBB-1', '2 RES@F', '3 RES-1', '1 AAA@S', '2 AAA-3', '1 RES@S']],
  ])('cuts at %s rows, keeping the first ones in display order', (cap, expected) => {
    const out = assembleRows(plan, epics, cap);
    expect(shownRows(out.rows)).toEqual(expected);
    expect(out.truncated).toBe(cap < 14);
  });
});

describe('a subtree read a page at a time', () => {
  // Rows: S, F, P, J, AAA@J, [J/1: AAA-1, AAA-2], BBB@P, [P/2: BBB-1], RES@F, [F/9: RES-1], AAA@S, [S/1: AAA-3], RES@S, [S/9].
  const plan = planSubtree(world([A, B, R]), [S], Infinity)!;
  const epics = new Map([
    ['J/1', [epic('AAA-1'), epic('AAA-2')]],
    ['P/2', [epic('BBB-1')]],
    ['F/9', [epic('RES-1')]],
    ['S/1', [epic('AAA-3')]],
    ['S/9', []],
  ]);
  const every = ['0 S', '1 F', '2 P', '3 J', '4 AAA@J', '5 AAA-1', '5 AAA-2', '3 BBB@P', '4 BBB-1', '2 RES@F', '3 RES-1', '1 AAA@S', '2 AAA-3', '1 RES@S'];
  const shown = (rows: SubtreeRow[]) => rows.map((r) => `${r.depth} ${label(r.node)}`);

  /** Every page in turn, as a caller passing back each cursor would read them. */
  const pages = (maxRows: number, maxBytes = Infinity): string[][] => {
    const out: string[][] = [];
    let cursor: string | undefined;
    do {
      const page = assemblePage(plan, epics, { maxRows, maxBytes }, decodePosition(cursor));
      out.push(shown(page.rows));
      cursor = page.next === null ? undefined : encodePosition(page.next);
    } while (cursor !== undefined && out.length < 100);
    return out;
  };

  it.each([1, 2, 3, 5, 6, 7, 13, 14, 100])('answers every row exactly once, in order, in pages of %s rows', (n) => {
    const all = pages(n);
    expect(all.flat()).toEqual(every);
    expect(all.slice(0, -1).every((p) => p.length === n)).toBe(true);
  });

  it('breaks a page inside a project’s epics and goes on with the next epic', () => {
    const first = assemblePage(plan, epics, { maxRows: 6, maxBytes: Infinity });
    expect(shown(first.rows).at(-1)).toBe('5 AAA-1');
    expect(first.next).toEqual({ item: 5, skip: 1 });
    expect(shown(assemblePage(plan, epics, { maxRows: 2, maxBytes: Infinity }, first.next!).rows)).toEqual(['5 AAA-2', '3 BBB@P']);
  });

  it('stops a full page before a project whose epics it did not read, and the next page starts with them', () => {
    const first = assemblePage(plan, new Map([['J/1', [epic('AAA-1'), epic('AAA-2')]]]), { maxRows: 5, maxBytes: Infinity });
    expect(shown(first.rows).at(-1)).toBe('4 AAA@J');
    expect(first.next).toEqual({ item: 5, skip: 0 });
  });

  it('says there is no next page after the last row', () => {
    expect(assemblePage(plan, epics, { maxRows: 14, maxBytes: Infinity }).next).toBeNull();
    expect(assemblePage(plan, epics, { maxRows: 13, maxBytes: Infinity }).next).not.toBeNull();
  });

  it('ends a page before the row that would pass its byte budget, and never answers an empty page', () => {
    const first = assemblePage(plan, epics, { maxRows: 1000, maxBytes: Infinity }).rows;
    const budget = rowBytes(first[0]!) + rowBytes(first[1]!) + rowBytes(first[2]!) - 1;
    expect(pages(1000, budget).flat()).toEqual(every);
    expect(pages(1000, budget)[0]).toEqual(['0 S', '1 F']);
    expect(pages(1000, 1).every((p) => p.length === 1)).toBe(true);
  });

  it('reads only the projects a later page reaches', () => {
    // From BBB@P on, with room for three rows: BBB@P, BBB-1, RES@F — only P/2 is needed.
    const from = { item: 6, skip: 0 };
    expect(slotsToRead(plan, new Map(), new Map(plan.slots.map((sl) => [sl.key, sl.epics])), 3, from).map((sl) => sl.key)).toEqual(['P/2']);
  });

  it('reads nothing for a cursor that is not one, or past the end', () => {
    expect(decodePosition('3.1')).toEqual({ item: 3, skip: 1 });
    for (const forged of ['', '1', '1.2.3', '-1.0', 'a.b', '99999999.0']) expect(decodePosition(forged)).toBeUndefined();
    expect(assemblePage(plan, epics, { maxRows: 10, maxBytes: Infinity }, { item: 999, skip: 0 })).toEqual({ rows: [], next: null });
  });
});

describe('gaps in a macro', () => {
  // BBB has epics here but no alignment of its own; J has lost its manager.
  const rows = (): SubtreeRow[] => {
    const goals = smallCatalog().map((g) => (g.id === 'J' ? { ...g, managerId: null } : g));
    const m = aModel({
      goals,
      projects: [A, B],
      alignments: [anAlignment('1', 'J')],
      rollups: [aRollup('J', { '1': [2, 2, 2, 6] }), aRollup('P', { '2': [1, 0, 0, 4] })],
    });
    return assembleRows(planSubtree(m, [S], Infinity)!, new Map(), 100).rows;
  };

  it('tallies the gaps on the rows shown, by kind', () => {
    expect(tallyGaps(rows())).toEqual({ total: 2, byKind: { 'project-untagged': 1, 'goal-missing-roles': 1 } });
  });

  it('leaves every gap out when gaps are off, and nothing else', () => {
    const stripped = withoutGaps(rows());
    expect(stripped.every((r) => r.node.gaps.length === 0)).toBe(true);
    expect(tallyGaps(stripped)).toEqual({ total: 0, byKind: {} });
    expect(stripped.map((r) => ({ ...r, node: { ...r.node, gaps: ['x'] } }))).toEqual(rows().map((r) => ({ ...r, node: { ...r.node, gaps: ['x'] } })));
  });
});

describe('an epic shown from its roll-up', () => {
  const record = {
    epicId: '10',
    projectId: '1',
    goalId: 'J',
    counts: { todo: 1, inProgress: 0, done: 0 },
    points: { todo: 0, inProgress: 0, done: 0 },
    asOf: 't',
  };

  it('reads as Jira’s answer would: key, title, status, and the tag the roll-up counts under', () => {
    const full = {
      ...record,
      key: 'AAA-1',
      title: 'Launch',
      status: { name: 'Done', category: 'done' as const },
      level: 'project' as const,
      managerId: 'acc-2',
    };
    expect(storedEpicInfo(full)).toEqual({
      id: '10',
      key: 'AAA-1',
      projectId: '1',
      title: 'Launch',
      status: { name: 'Done', category: 'done' },
      tag: { goalId: 'J', level: 'project', managerId: 'acc-2' },
    });
    expect(storedEpicInfo({ ...full, goalId: null, level: undefined, managerId: undefined })?.tag).toBeNull();
  });

  it('is not built from a record written before the app kept the facts (its epic is asked of Jira)', () => {
    expect(storedEpicInfo(record)).toBeUndefined();
    expect(storedEpicInfo({ ...record, key: 'AAA-1', title: 'Launch' })).toBeUndefined();
  });
});
