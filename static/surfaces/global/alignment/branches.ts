// The explorer's tree as a cache of each node's children, keyed by the node's place, and how a subtree read (one
// or more pages of "Expand all") is filed into it. Pure, so it is tested alone.
import type { ChildrenView, NodeRef, TreeNode } from '../../../../src/shared/api/alignment';
import type { SubtreeView } from '../../../../src/shared/api/macros';
import type { AppError } from '../../../../src/shared/errors';

export type ChildLoad = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; view: ChildrenView };

/** A node's key in the tree: unique per place, since a goal can show both as a search hit and as a child. */
export const keyOf = (parentKey: string, n: TreeNode): string =>
  `${parentKey}/${n.kind === 'goal' ? `g:${n.goalId}` : n.kind === 'project' ? `p:${n.goalId}:${n.projectId}` : `e:${n.issueId}`}`;

/** What expanding a node asks for; epics have no children (their issues show as counts). */
export const refOf = (n: TreeNode): NodeRef | null =>
  n.kind === 'goal' ? { kind: 'goal', goalId: n.goalId } : n.kind === 'project' ? { kind: 'project', goalId: n.goalId, projectId: n.projectId } : null;

export const hasChildren = (n: TreeNode): boolean => (n.kind === 'goal' ? n.childGoals + n.projects > 0 : n.kind === 'project' ? n.totals.epics > 0 : false);

/**
 * A subtree read (rows in display order with their depth; the first row is the node at `rootKey`) as the cache:
 * the children of every node shown in full, and the nodes to open. When the read was cut short, the nodes on
 * the path to its last row may miss children: they are left out, to load level by level when opened.
 */
export const branchesOf = (rootKey: string, view: SubtreeView): { children: Record<string, ChildLoad>; open: string[] } => {
  const children: Record<string, ChildLoad> = {};
  const open: string[] = [];
  type Entry = { key: string; node: TreeNode; depth: number; hidden: number; kids: TreeNode[] };
  const finish = (e: Entry) => {
    if (e.node.kind === 'epic' || e.hidden > 0) return;
    children[e.key] = { status: 'ready', view: { nodes: e.kids, asOf: view.asOf, rule: view.rule } };
    if (hasChildren(e.node)) open.push(e.key);
  };
  const stack: Entry[] = [];
  for (const row of view.rows) {
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= row.depth) finish(stack.pop()!);
    const parent = stack[stack.length - 1];
    parent?.kids.push(row.node);
    stack.push({ key: parent ? keyOf(parent.key, row.node) : rootKey, node: row.node, depth: row.depth, hidden: row.hiddenChildren, kids: [] });
  }
  if (!view.truncated) while (stack.length > 0) finish(stack.pop()!);
  return { children, open };
};
