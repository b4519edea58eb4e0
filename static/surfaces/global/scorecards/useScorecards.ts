// The scorecards overview, read a page of goals at a time (a large site's would pass what one answer may hold),
// and refreshed in place after every change: the page keeps showing the last answer while the new one loads, and
// a refresh reads again as many pages as were shown, so open forms and scroll position survive.
import { useCallback, useEffect, useRef, useState } from 'react';
import { scorecardCalls, type ScorecardsView } from '../../../../src/shared/api/scorecards';
import type { AppError } from '../../../../src/shared/errors';
import { call } from '../../../kit/api/invoke';
import { toAppError } from '../../../kit/api/app-error';
import { appendGoalPage } from '../../../kit/api/goal-pages';

export type ScorecardsState =
  | { status: 'loading' }
  | { status: 'error'; error: AppError }
  | { status: 'ready'; data: ScorecardsView; refreshing: boolean; refreshError: AppError | null; more: { loading: boolean; error: AppError | null } };

const IDLE = { loading: false, error: null };

/** The pages so far and the next one: its goals after theirs; the first page's organisation scorecard stays. */
const appendGoals = (sofar: ScorecardsView, page: ScorecardsView): ScorecardsView => appendGoalPage(sofar, page);

/** Reads the first page, then follows the cursors until `pages` pages are read (or there are no more). */
const readPages = async (pages: number): Promise<ScorecardsView> => {
  let view = await call(scorecardCalls.overview, {});
  for (let n = 1; n < pages && view.cursor; n++) view = appendGoals(view, await call(scorecardCalls.overview, { cursor: view.cursor }));
  return view;
};

export const useScorecards = () => {
  const [state, setState] = useState<ScorecardsState>({ status: 'loading' });
  const live = useRef(true);
  const pages = useRef(1);
  const load = useCallback(async (): Promise<void> => {
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    try {
      const data = await readPages(pages.current);
      if (live.current) setState({ status: 'ready', data, refreshing: false, refreshError: null, more: IDLE });
    } catch (e) {
      if (live.current)
        setState((s) => (s.status === 'ready' ? { ...s, refreshing: false, refreshError: toAppError(e) } : { status: 'error', error: toAppError(e) }));
    }
  }, []);
  const cursor = state.status === 'ready' ? (state.data.cursor ?? null) : null;
  const more = useCallback(async (): Promise<void> => {
    if (cursor === null) return;
    setState((s) => (s.status === 'ready' ? { ...s, more: { loading: true, error: null } } : s));
    try {
      const page = await call(scorecardCalls.overview, { cursor });
      pages.current += 1;
      if (live.current) setState((s) => (s.status === 'ready' ? { ...s, data: appendGoals(s.data, page), more: IDLE } : s));
    } catch (e) {
      if (live.current) setState((s) => (s.status === 'ready' ? { ...s, more: { loading: false, error: toAppError(e) } } : s));
    }
  }, [cursor]);
  useEffect(() => {
    live.current = true;
    void load();
    return () => {
      live.current = false;
    };
  }, [load]);
  return { state, reload: load, more };
};
