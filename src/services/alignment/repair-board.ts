// Use case: the daily repair of the alignment board. Saves keep the board in step in their own transaction; this
// builds it where it was never built (a site from before the board) and puts it right if anything wrote alignments
// around it. It reads the board first and the alignments second, and writes every shard in one transaction on the
// revisions it read: a save committed in between moves a revision, the write fails, and the repair reads again.
import { boardMatches, shardsFrom } from '../../domain/alignment/alignment-board';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';
import type { AlignmentBoardStore } from '../ports/alignments';

export type BoardRepair = 'in-step' | 'repaired' | 'too-many-projects';

const ATTEMPTS = 3;

export const repairAlignmentBoard = (board: AlignmentBoardStore): Promise<BoardRepair> =>
  commitOnVersion<BoardRepair>(
    async () => {
      const stored = await board.read();
      const alignments = await board.alignments();
      if (!alignments) return committed('too-many-projects');
      if (boardMatches(stored.shards, alignments)) return committed('in-step');
      const shards = shardsFrom(alignments).map((s, i) => ({ ...s, revision: (stored.revisions[i] ?? 0) + 1 }));
      return (await board.replace(stored.revisions, shards)) === 'committed' ? committed('repaired') : beaten;
    },
    () => new Error('the alignment board kept changing while it was repaired; the next run repairs it'),
    ATTEMPTS,
  );
