// The explorer's server state: the first screen for the current filter, and each expanded node's children,
// loaded once when first opened (level by level), with their own loading and error states. "Expand all" reads a
// goal's whole subtree in one call and files its rows into the same cache, so they show as ordinary rows.
import { useCallback, useEffect, useState } from 'react';
import { alignmentCalls, type ChildrenView, type NodeRef, type TreeNode, type TreeQuery } from '../../../../src/shared/api/alignment';
import { subtreeCall, type SubtreeView } from '../../../../src/shared/api/macros';
import type { AppError } from '../../../../src/shared/errors';
import { call } from '../../../kit/api/invoke';
import { useCall } from '../../../kit/api/useCall';
import { toAppError } from '../../../kit/api/app-error';

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

export const useTree = (query: TreeQuery) => {
  const root = useCall(alignmentCalls.tree, query);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [children, setChildren] = useState<Readonly<Record<string, ChildLoad>>>({});
  const queryKey = JSON.stringify(query);
  useEffect(() => {
    setExpanded(new Set());
    setChildren({});
  }, [queryKey]);

  const load = useCallback((key: string, ref: NodeRef) => {
    setChildren((c) => ({ ...c, [key]: { status: 'loading' } }));
    call(alignmentCalls.children, { parent: ref })
      .then((view) => setChildren((c) => ({ ...c, [key]: { status: 'ready', view } })))
      .catch((e: unknown) => setChildren((c) => ({ ...c, [key]: { status: 'error', error: toAppError(e) } })));
  }, []);

  const toggle = useCallback(
    (key: string, node: TreeNode) => {
      const ref = refOf(node);
      if (!ref) return;
      setExpanded((s) => {
        const next = new Set(s);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      });
      if (!expanded.has(key) && (children[key] === undefined || children[key]?.status === 'error')) load(key, ref);
    },
    [children, expanded, load],
  );

  const expandAll = useCallback(
    (key: string, node: TreeNode) => {
      const ref = refOf(node);
      if (!ref) return;
      setExpanded((s) => new Set(s).add(key));
      setChildren((c) => ({ ...c, [key]: { status: 'loading' } }));
      call(subtreeCall, { parent: ref })
        .then((view) => {
          const { children: loaded, open } = branchesOf(key, view);
          setChildren((c) => ({ ...c, ...loaded }));
          setExpanded((s) => new Set([...s, ...open]));
          // Cut short: the node's own children come level by level, like any other node's.
          if (loaded[key] === undefined) load(key, ref);
        })
        .catch((e: unknown) => setChildren((c) => ({ ...c, [key]: { status: 'error', error: toAppError(e) } })));
    },
    [load],
  );

  return { root, expanded, children, toggle, reload: load, expandAll };
};
