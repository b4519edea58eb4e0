// A list of goals read a page at a time (the scorecard macro of a level): the pages read so far as one view, and
// "Show more" reading the next page (one invocation) only when asked. A new first page starts over.
import { useCallback, useEffect, useState } from 'react';
import type { AppError } from '../../../src/shared/errors';
import { toAppError } from './app-error';

interface GoalPaged {
  goals: readonly unknown[];
  people: readonly { accountId: string }[];
  cursor?: string | null | undefined;
}

/** The pages so far and the next one as one view: its goals after theirs, the people of both, its cursor; the rest
 *  (e.g. the Scorecards tab's organisation scorecard, sent with the first page only) stays as the first page had it. */
export const appendGoalPage = <V extends GoalPaged>(sofar: V, page: V): V => ({
  ...sofar,
  goals: [...sofar.goals, ...page.goals],
  people: [...new Map([...sofar.people, ...page.people].map((p) => [p.accountId, p])).values()],
  cursor: page.cursor ?? null,
});

export interface GoalPages<V> {
  view: V | null;
  more: () => void;
  loading: boolean;
  error: AppError | null;
}

export const useGoalPages = <V extends GoalPaged>(first: V | null, next: (cursor: string) => Promise<V>): GoalPages<V> => {
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
      .then((page) => setState((s) => (s.base !== first || s.view === null ? s : { ...s, view: appendGoalPage(s.view, page), loading: false })))
      .catch((e: unknown) => setState((s) => ({ ...s, loading: false, error: toAppError(e) })));
  }, [cursor, next, first]);
  return { view: current.view, more, loading: current.loading, error: current.error };
};
