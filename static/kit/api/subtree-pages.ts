// A subtree read a page at a time (the explorer's "Expand all", the goal page's work, the alignment tree macro), as
// the screens keep it: the pages read so far as one view, and a hook that reads the next page on "Show more".
import { useCallback, useEffect, useState } from 'react';
import type { GapTally, SubtreeView, TreeMacroView } from '../../../src/shared/api/macros';
import type { AppError } from '../../../src/shared/errors';
import { toAppError } from './app-error';

const older = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b);

/** The pages so far and the next one as one view: its rows after theirs; more follows while it says so. */
export const appendPage = <V extends SubtreeView>(sofar: V, page: V): V => ({
  ...sofar,
  rows: [...sofar.rows, ...page.rows],
  truncated: page.truncated,
  cursor: page.cursor,
  asOf: older(sofar.asOf, page.asOf),
});

const addTallies = (a: GapTally, b: GapTally): GapTally => {
  const byKind: GapTally['byKind'] = { ...a.byKind };
  for (const [kind, n] of Object.entries(b.byKind) as [keyof GapTally['byKind'], number][]) byKind[kind] = (byKind[kind] ?? 0) + n;
  return { total: a.total + b.total, byKind };
};

/** The macro's pages as one view: the gaps of every page read, added up. */
export const appendMacroPage = (sofar: TreeMacroView, page: TreeMacroView): TreeMacroView => ({
  ...appendPage(sofar, page),
  gaps: addTallies(sofar.gaps, page.gaps),
});

export interface Pages<V> {
  /** The first page and every page read after it, as one view (null until the first page is there). */
  view: V | null;
  /** Reads the next page, when there is one. */
  more: () => void;
  loading: boolean;
  error: AppError | null;
}

/**
 * Keeps the pages read after `first` (a new first page starts over): `next` reads the page at a cursor. One page
 * is read at a time, and only when asked: each is one invocation, whatever the size of the site.
 */
export const usePages = <V extends SubtreeView>(first: V | null, next: (cursor: string) => Promise<V>, append: (a: V, b: V) => V = appendPage): Pages<V> => {
  const [state, setState] = useState<{ base: V | null; view: V | null; loading: boolean; error: AppError | null }>({
    base: first,
    view: first,
    loading: false,
    error: null,
  });
  useEffect(() => setState({ base: first, view: first, loading: false, error: null }), [first]);
  const current = state.base === first ? state : { base: first, view: first, loading: false, error: null };
  const cursor = current.view?.cursor ?? null;
  const more = useCallback(() => {
    if (cursor === null) return;
    setState((s) => ({ ...s, loading: true, error: null }));
    next(cursor)
      .then((page) => setState((s) => (s.base !== first || s.view === null ? s : { ...s, view: append(s.view, page), loading: false })))
      .catch((e: unknown) => setState((s) => ({ ...s, loading: false, error: toAppError(e) })));
  }, [cursor, next, append, first]);
  return { view: current.view, more, loading: current.loading, error: current.error };
};
