// "Expand all" filed into the explorer's cache a page at a time: a page files every node it shows in full and
// leaves the ones on the path to its last row to come; the pages together file what one read would.
import type { GoalNode, ProjectNode, TreeNode } from '../../../../src/shared/api/alignment';
import type { SubtreeRow, SubtreeView } from '../../../../src/shared/api/macros';
import { appendPage } from '../../../kit/api/subtree-pages';
import { branchesOf, keyOf, type ChildLoad } from './branches';

const totals = { epics: 1, counts: { todo: 1, inProgress: 0, done: 0 }, points: { todo: 0, inProgress: 0, done: 0 } };
const goal = (goalId: string, childGoals: number, projects: number): GoalNode => ({
  kind: 'goal',
  goalId,
  title: goalId,
  level: 'functional',
  status: 'active',
  leader: null,
  manager: null,
  totals,
  progress: 0,
  childGoals,
  projects,
  gaps: [],
});
const project = (goalId: string, projectId: string, epics: number): ProjectNode => ({
  kind: 'project',
  goalId,
  projectId,
  key: `P${projectId}`,
  name: `Project ${projectId}`,
  level: null,
  leader: null,
  manager: null,
  alignedHere: true,
  totals: { ...totals, epics },
  progress: 0,
  gaps: [],
});
const epic = (id: string): TreeNode => ({
  kind: 'epic',
  issueId: id,
  key: `E-${id}`,
  title: id,
  status: null,
  level: null,
  leader: null,
  manager: null,
  totals,
  progress: 0,
  gaps: [],
});
const row = (depth: number, node: TreeNode): SubtreeRow => ({ depth, node, hiddenChildren: 0 });

// S → A (project 1: epics 11, 12), B (project 2: epic 21).
const ROWS = [
  row(0, goal('S', 2, 0)),
  row(1, goal('A', 0, 1)),
  row(2, project('A', '1', 2)),
  row(3, epic('11')),
  row(3, epic('12')),
  row(1, goal('B', 0, 1)),
  row(2, project('B', '2', 1)),
  row(3, epic('21')),
];
const view = (rows: SubtreeRow[], cursor: string | null): SubtreeView => ({ rows, truncated: cursor !== null, cursor, asOf: null, rule: 'issues-done' });
const ROOT = 'g:S';
const A = keyOf(ROOT, ROWS[1]!.node);
const P1 = keyOf(A, ROWS[2]!.node);
const B = keyOf(ROOT, ROWS[5]!.node);
const P2 = keyOf(B, ROWS[6]!.node);
const names = (load: ChildLoad | undefined) =>
  load?.status === 'ready' ? load.view.nodes.map((n) => (n.kind === 'epic' ? n.issueId : n.kind === 'goal' ? n.goalId : n.projectId)) : undefined;

describe('filing "Expand all" a page at a time', () => {
  it('files what a first page shows in full and leaves the path to its last row for later', () => {
    const { children, open } = branchesOf(ROOT, view(ROWS.slice(0, 4), '3.1'));
    // Project 1 has shown one of its two epics: neither it, A nor S is filed yet.
    expect([children[ROOT], children[A], children[P1]]).toEqual([undefined, undefined, undefined]);
    expect(open).toEqual([]);
  });

  it('files more as the next pages come, and everything once the last page is in', () => {
    const two = appendPage(view(ROWS.slice(0, 4), '3.1'), view(ROWS.slice(4, 7), '5.0'));
    const mid = branchesOf(ROOT, two);
    expect(names(mid.children[P1])).toEqual(['11', '12']);
    expect(names(mid.children[A])).toEqual(['1']);
    expect(mid.children[B]).toBeUndefined();
    expect(mid.open).toEqual(expect.arrayContaining([A, P1]));

    const all = appendPage(two, view(ROWS.slice(7), null));
    expect(all.rows).toEqual(ROWS);
    expect(all.cursor).toBeNull();
    expect(branchesOf(ROOT, all)).toEqual(branchesOf(ROOT, view(ROWS, null)));
    expect(names(branchesOf(ROOT, all).children[ROOT])).toEqual(['A', 'B']);
    expect(names(branchesOf(ROOT, all).children[P2])).toEqual(['21']);
  });
});
