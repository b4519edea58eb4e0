// Production dependencies of the alignment board's daily repair: the board and the alignments in app storage.
import { forgeAlignmentBoard } from '../platform/storage/alignment-board-store';
import type { AlignmentBoardStore } from '../services/ports/alignments';

export const alignmentBoardDeps = (): AlignmentBoardStore => forgeAlignmentBoard;
