// The explorer's server state: the first screen for the current filter, and each expanded node's children,
// loaded once when first opened (level by level), with their own loading and error states. "Expand all" reads a
// goal's whole subtree a page at a time and files its rows into the same cache, so they show as ordinary rows;
// while more pages follow, the goal offers "Show more", which reads the next page and files it the same way.
import { useCallback, useEffect, useState } from 'react';
import { alignmentCalls, type NodeRef, type TreeNode, type TreeQuery } from '../../../../src/shared/api/alignment';
import { subtreeCall, type SubtreeView } from '../../../../src/shared/api/macros';
import type { AppError } from '../../../../src/shared/errors';
import { call } from '../../../kit/api/invoke';
import { appendPage } from '../../../kit/api/subtree-pages';
import { useCall } from '../../../kit/api/useCall';
import { toAppError } from '../../../kit/api/app-error';
import { branchesOf, refOf, type ChildLoad } from './branches';

export { branchesOf, hasChildren, keyOf, refOf, type ChildLoad } from './branches';

/** An "Expand all" with more pages to read: the pages so far, and the state of reading the next one. */
export interface MoreLoad {
  ref: NodeRef;
  view: SubtreeView;
  loading: boolean;
  error: AppError | null;
}

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

  const [more, setMore] = useState<Readonly<Record<string, MoreLoad>>>({});
  useEffect(() => setMore({}), [queryKey]);

  /** Files the pages read so far into the cache; remembers them while more pages follow. */
  const file = useCallback((key: string, ref: NodeRef, view: SubtreeView): boolean => {
    const { children: loaded, open } = branchesOf(key, view);
    setChildren((c) => ({ ...c, ...loaded }));
    setExpanded((s) => new Set([...s, ...open]));
    setMore((m) => {
      const { [key]: _done, ...rest } = m;
      return view.cursor === null ? rest : { ...rest, [key]: { ref, view, loading: false, error: null } };
    });
    return loaded[key] !== undefined;
  }, []);

  const expandAll = useCallback(
    (key: string, node: TreeNode) => {
      const ref = refOf(node);
      if (!ref) return;
      setExpanded((s) => new Set(s).add(key));
      setChildren((c) => ({ ...c, [key]: { status: 'loading' } }));
      call(subtreeCall, { parent: ref })
        .then((view) => {
          // Cut short: the node's own children come level by level, like any other node's.
          if (!file(key, ref, view)) load(key, ref);
        })
        .catch((e: unknown) => setChildren((c) => ({ ...c, [key]: { status: 'error', error: toAppError(e) } })));
    },
    [file, load],
  );

  const showMore = useCallback(
    (key: string) => {
      const entry = more[key];
      if (!entry || entry.loading || entry.view.cursor === null) return;
      setMore((m) => ({ ...m, [key]: { ...entry, loading: true, error: null } }));
      call(subtreeCall, { parent: entry.ref, cursor: entry.view.cursor })
        .then((page) => void file(key, entry.ref, appendPage(entry.view, page)))
        .catch((e: unknown) => setMore((m) => ({ ...m, [key]: { ...entry, loading: false, error: toAppError(e) } })));
    },
    [file, more],
  );

  return { root, expanded, children, toggle, reload: load, expandAll, more, showMore };
};
