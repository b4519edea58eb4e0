// Use cases: a subtree in one call (the explorer's "expand all", the alignment tree macro).
// PLACEHOLDER while the subtree read is being written this session: replaced before anything lands.
import type { SubtreeQuery, SubtreeView, TreeMacroConfig, TreeMacroView } from '../shared/api/macros';
import { AppFailure } from '../shared/errors';
import type { AlignmentTreeDeps } from './alignment-tree';

export const readSubtree = async (_deps: AlignmentTreeDeps, _query: SubtreeQuery): Promise<SubtreeView> => {
  throw new AppFailure('INTERNAL', 'not yet');
};

export const readTreeMacro = async (_deps: AlignmentTreeDeps, _config: TreeMacroConfig): Promise<TreeMacroView> => {
  throw new AppFailure('INTERNAL', 'not yet');
};
