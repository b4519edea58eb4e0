// A view read a page at a time, as the screens keep it: the pages read so far as one view (`append` joins the next
// page to them), and `more` reading the next page (one invocation) only when asked. A new first page starts over.
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../src/shared/errors';
import { toAppError } from './app-error';

export interface Pages<V> {
  /** The first page and every page read after it, as one view (null until the first page is there). */
  view: V | null;
  /** Reads the next page, when there is one. */
  more: () => void;
  loading: boolean;
  error: AppError | null;
}

export const usePagedView = <V extends { cursor?: string | null | undefined }>(
  first: V | null,
  next: (cursor: string) => Promise<V>,
  append: (sofar: V, page: V) => V,
): Pages<V> => {
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
