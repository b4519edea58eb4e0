// Every project alignment at once, for trees and gaps: from the alignment board in ONE storage operation
// (alignment-board-store.ts), or, while any shard of it is missing or unbuilt, from the alignments themselves through
// the 'by-goal' index in pages of 100, bounded. Callers cut the list down to the projects a viewer may browse.
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import { boardAlignments } from '../../domain/alignment/alignment-board';
import { queryAlignments, readBoard } from './alignment-board-store';

const MAX_PAGES = 20;

export const readAllProjectAlignments = async (): Promise<ProjectAlignment[]> => {
  const onBoard = boardAlignments((await readBoard()).shards);
  return onBoard ?? (await queryAlignments(MAX_PAGES)).alignments;
};
