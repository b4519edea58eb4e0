// React state for a user action that calls the backend: pending while it runs, then the coded error if any.
import { useCallback, useState } from 'react';
import type { z } from 'zod';
import type { CallSpec } from '../../../src/shared/contract';
import type { AppError } from '../../../src/shared/errors';
import { call } from './invoke';
import { toAppError } from './app-error';

export const useMutation = <P extends z.ZodType, R extends z.ZodType>(spec: CallSpec<P, R>) => {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const run = useCallback(
    async (payload: z.input<P>): Promise<z.infer<R> | undefined> => {
      setPending(true);
      setError(null);
      try {
        return await call(spec, payload);
      } catch (e) {
        setError(toAppError(e));
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [spec],
  );
  return { run, pending, error, clearError: () => setError(null) };
};
