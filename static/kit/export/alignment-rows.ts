// Everything under the goals the Alignment tab shows, for its CSV: the tab loads level by level, but the file holds
// the whole tree the viewer may see, read through `alignment/subtree` a page at a time (each page under 1 MB).
import type { TreeNode } from '../../../src/shared/api/alignment';
import { SUBTREE_DEPTH, type SubtreeQuery, type SubtreeRow, type SubtreeView } from '../../../src/shared/api/macros';

export type ReadSubtree = (q: SubtreeQuery) => Promise<SubtreeView>;

/** Pages at most per root: 2,000 rows each, so a million rows; a guard against a cursor that never ends. */
const MAX_PAGES = 500;

const refOf = (n: TreeNode): SubtreeQuery['parent'] | null =>
  n.kind === 'goal' ? { kind: 'goal', goalId: n.goalId } : n.kind === 'project' ? { kind: 'project', goalId: n.goalId, projectId: n.projectId } : null;

/** Each root with everything below it, in display order; `onPage` hears how many rows have arrived. */
export const alignmentRows = async (roots: readonly TreeNode[], read: ReadSubtree, onPage: (rows: number) => void = () => {}): Promise<SubtreeRow[]> => {
  const rows: SubtreeRow[] = [];
  for (const root of roots) {
    const parent = refOf(root);
    if (!parent) {
      rows.push({ depth: 0, node: root, hiddenChildren: 0 });
      continue;
    }
    let cursor: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const view: SubtreeView = await read({ parent, depth: SUBTREE_DEPTH.max, ...(cursor ? { cursor } : {}) });
      rows.push(...view.rows);
      onPage(rows.length);
      cursor = view.cursor;
      if (cursor === null) break;
    }
  }
  return rows;
};
