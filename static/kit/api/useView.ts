// One page's piece of server state, loaded by a call: loading, then the view or a coded error; replaced by what a
// change answers, retried from the error screen, or refreshed in place while the page stays on screen.
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { CallSpec } from '../../../src/shared/contract';
import type { AppError } from '../../../src/shared/errors';
import { call } from './invoke';
import { toAppError } from './app-error';

export type ViewState<T> = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; view: T };

/** `payload` null means "not known yet" (e.g. the product context is still loading): nothing is called. */
export const useView = <P extends z.ZodType, R extends z.ZodType>(spec: CallSpec<P, R>, payload: z.input<P> | null) => {
  const [state, setState] = useState<ViewState<z.infer<R>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = payload === null ? null : JSON.stringify(payload);
  useEffect(() => {
    if (key === null) return;
    let live = true;
    setState({ status: 'loading' });
    call(spec, JSON.parse(key) as z.input<P>)
      .then((view) => live && setState({ status: 'ready', view }))
      .catch((e: unknown) => live && setState({ status: 'error', error: toAppError(e) }));
    return () => {
      live = false;
    };
  }, [spec, key, attempt]);
  /** Starts over with the loading state: for the error screen's retry. */
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  /** Fetches the current view while the page stays on screen; the caller shows its own progress. */
  const refresh = useCallback(async (): Promise<AppError | null> => {
    if (key === null) return null;
    try {
      setState({ status: 'ready', view: await call(spec, JSON.parse(key) as z.input<P>) });
      return null;
    } catch (e) {
      return toAppError(e);
    }
  }, [spec, key]);
  const replace = useCallback((view: z.infer<R>) => setState({ status: 'ready', view }), []);
  return { state, retry, refresh, replace };
};
