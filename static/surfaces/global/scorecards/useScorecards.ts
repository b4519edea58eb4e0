// The scorecards overview, loaded once and refreshed in place after every change (the page keeps showing the
// last answer while the new one loads, so open forms and scroll position survive).
import { useCallback, useEffect, useRef, useState } from 'react';
import { scorecardCalls, type ScorecardsView } from '../../../../src/shared/api/scorecards';
import type { AppError } from '../../../../src/shared/errors';
import { call } from '../../../kit/api/invoke';
import { toAppError } from '../../../kit/api/app-error';

export type ScorecardsState =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: ScorecardsView; refreshing: boolean; refreshError: AppError | null };

export const useScorecards = () => {
  const [state, setState] = useState<ScorecardsState>({ status: 'loading' });
  const live = useRef(true);
  const load = useCallback(async (): Promise<void> => {
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    try {
      const data = await call(scorecardCalls.overview, {});
      if (live.current) setState({ status: 'ready', data, refreshing: false, refreshError: null });
    } catch (e) {
      if (live.current)
        setState((s) => (s.status === 'ready' ? { ...s, refreshing: false, refreshError: toAppError(e) } : { status: 'error', error: toAppError(e) }));
    }
  }, []);
  useEffect(() => {
    live.current = true;
    void load();
    return () => {
      live.current = false;
    };
  }, [load]);
  return { state, reload: load };
};
