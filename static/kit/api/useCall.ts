// React state for one resolver call: loading, then data or a coded error, with a way to run it again.
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import type { CallSpec } from '../../../src/shared/contract';
import type { AppError } from '../../../src/shared/errors';
import { call } from './invoke';
import { toAppError } from './app-error';

export type CallState<T> = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: T };

export const useCall = <P extends z.ZodType, R extends z.ZodType>(spec: CallSpec<P, R>, payload: z.input<P>) => {
  const [state, setState] = useState<CallState<z.infer<R>>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(payload);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    call(spec, JSON.parse(key) as z.input<P>)
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((e: unknown) => live && setState({ status: 'error', error: toAppError(e) }));
    return () => {
      live = false;
    };
  }, [spec, key, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
};
