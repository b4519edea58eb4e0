// The alignment board: each save changes its project's shard only, a shard that was never built stays unbuilt (and
// readers then read the alignments), and a board is used only while every shard is built.
import { anAlignment } from '../../../test/builders/alignment';
import { BOARD_SHARDS, boardAlignments, boardMatches, shardAfterSave, shardOf, shardsFrom, type BoardShard } from './alignment-board';

const built = (alignments = [anAlignment('10001', 'g-a'), anAlignment('10002', 'g-b'), anAlignment('10003', 'g-a')]): BoardShard[] =>
  shardsFrom(alignments).map((s) => ({ ...s, revision: 1 }));

describe('the alignment board', () => {
  it('puts each project in one shard, always the same, and spreads projects over every shard', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => String(10000 + i));
    expect(ids.map(shardOf)).toEqual(ids.map(shardOf));
    const perShard = new Map<number, number>();
    for (const id of ids) perShard.set(shardOf(id), (perShard.get(shardOf(id)) ?? 0) + 1);
    expect(perShard.size).toBe(BOARD_SHARDS);
    // Roughly even: no shard holds twice its share.
    expect(Math.max(...perShard.values())).toBeLessThan((2 * 2000) / BOARD_SHARDS);
  });

  it('gives every alignment back, in the order of the by-goal index', () => {
    expect(boardAlignments(built())!.map((a) => `${a.goalId}/${a.projectId}`)).toEqual(['g-a/10001', 'g-a/10003', 'g-b/10002']);
  });

  it('changes the saved project in its shard, bumps the revision, and removes a project cleared', () => {
    const board = built();
    const i = shardOf('10002');
    const moved = shardAfterSave(board[i], '10002', anAlignment('10002', 'g-c', 'project', { version: 2 }));
    expect(moved).toMatchObject({ revision: 2, built: true });
    expect(moved.projects['10002']).toMatchObject({ goalId: 'g-c', version: 2 });
    const cleared = shardAfterSave(moved, '10002', undefined);
    expect(cleared.projects['10002']).toBeUndefined();
    expect(cleared.revision).toBe(3);
  });

  it('leaves a shard that was never built unbuilt (it does not hold the other projects), only moving its revision', () => {
    expect(shardAfterSave(undefined, '10002', anAlignment('10002', 'g-c'))).toEqual({ revision: 1, built: false, projects: {} });
    expect(shardAfterSave({ revision: 4, built: false, projects: {} }, '10002', anAlignment('10002', 'g-c'))).toEqual({
      revision: 5,
      built: false,
      projects: {},
    });
  });

  it('is not used while any shard is missing or unbuilt', () => {
    const board: (BoardShard | undefined)[] = built();
    expect(boardAlignments(board)).toBeDefined();
    expect(boardAlignments(board.map((s, i) => (i === 3 ? undefined : s)))).toBeUndefined();
    expect(boardAlignments(board.map((s, i) => (i === 5 ? { ...s!, built: false } : s)))).toBeUndefined();
  });

  it('gives up a shard that would pass the size a stored value may have, rather than fail the save', () => {
    const big = { 'acc-x': 'x'.repeat(250 * 1024) };
    const board = built();
    const i = shardOf('10009');
    expect(shardAfterSave(board[i], '10009', anAlignment('10009', 'g-a', 'project', { names: big }))).toMatchObject({ built: false, projects: {} });
    expect(shardsFrom([anAlignment('10009', 'g-a', 'project', { names: big })])[i]).toEqual({ built: false, projects: {} });
  });

  it('matches the alignments it was built from, and no longer once one of them moved', () => {
    const alignments = [anAlignment('10001', 'g-a'), anAlignment('10002', 'g-b')];
    const board = built(alignments);
    expect(boardMatches(board, alignments)).toBe(true);
    expect(boardMatches(board, [anAlignment('10001', 'g-a'), anAlignment('10002', 'g-c')])).toBe(false);
    expect(boardMatches(board, [anAlignment('10001', 'g-a')])).toBe(false);
    expect(boardMatches(board.slice(1), alignments)).toBe(false);
  });
});
