// The daily repair of the alignment board: writes nothing while the board says what the alignments say, rewrites it
// whole on the revisions it read, reads again when a save moved a shard in between, and leaves a site with more
// alignments than it may read to the readers' slower path.
import { anAlignment } from '../../../test/builders/alignment';
import { BOARD_SHARDS, shardsFrom, type BoardShard } from '../../domain/alignment/alignment-board';
import type { AlignmentBoardStore } from '../ports/alignments';
import { repairAlignmentBoard } from './repair-board';

const ALIGNMENTS = [anAlignment('10001', 'g-a'), anAlignment('10002', 'g-b')];

const fakeBoard = (shards: (BoardShard | undefined)[], alignments = ALIGNMENTS, conflicts = 0) => {
  const writes: { revisions: readonly (number | undefined)[]; shards: readonly BoardShard[] }[] = [];
  let left = conflicts;
  const store: AlignmentBoardStore = {
    read: async () => ({ shards, revisions: shards.map((s) => s?.revision) }),
    alignments: async () => alignments,
    replace: async (revisions, next) => {
      writes.push({ revisions, shards: next });
      if (left-- > 0) return 'conflict';
      return 'committed';
    },
  };
  return { store, writes };
};

const inStep = (): BoardShard[] => shardsFrom(ALIGNMENTS).map((s) => ({ ...s, revision: 3 }));

describe('repairing the alignment board', () => {
  it('writes nothing when the board says what the alignments say', async () => {
    const { store, writes } = fakeBoard(inStep());
    expect(await repairAlignmentBoard(store)).toBe('in-step');
    expect(writes).toEqual([]);
  });

  it('builds a board that was never built, every shard from the revision it holds', async () => {
    const { store, writes } = fakeBoard(Array.from({ length: BOARD_SHARDS }, () => undefined));
    expect(await repairAlignmentBoard(store)).toBe('repaired');
    expect(writes).toHaveLength(1);
    expect(writes[0]!.revisions.every((r) => r === undefined)).toBe(true);
    expect(writes[0]!.shards.every((s) => s.built && s.revision === 1)).toBe(true);
  });

  it('rewrites a board that drifted, and reads again when a save moved a shard in between', async () => {
    const drifted = inStep().map((s, i) => (i === 0 ? { ...s, projects: {} } : s));
    const { store, writes } = fakeBoard(drifted, [...ALIGNMENTS, anAlignment('10003', 'g-c')], 1);
    expect(await repairAlignmentBoard(store)).toBe('repaired');
    expect(writes).toHaveLength(2);
    expect(writes[1]!.shards.every((s) => s.revision === 4)).toBe(true);
  });

  it('leaves the board alone when there are more alignments than a repair may read', async () => {
    const { store, writes } = fakeBoard([], undefined as never);
    store.alignments = async () => undefined;
    expect(await repairAlignmentBoard(store)).toBe('too-many-projects');
    expect(writes).toEqual([]);
  });
});
