// The catalog as the page shows it: loaded once, then refreshed in the background after every change so the
// tree stays on screen (and keeps its scroll and focus) while the new revision arrives.
import { useCallback, useEffect, useRef, useState } from 'react';
import { catalogCalls, type CatalogView } from '../../../src/shared/api/catalog';
import type { AppError } from '../../../src/shared/errors';
import { call } from '../../kit/api/invoke';
import { toAppError } from '../../kit/api/app-error';

export type CatalogState =
  { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; data: CatalogView; refreshing: boolean; refreshError: AppError | null };

export const useCatalog = () => {
  const [state, setState] = useState<CatalogState>({ status: 'loading' });
  const latest = useRef(0);
  const load = useCallback(async (): Promise<CatalogView | undefined> => {
    const n = ++latest.current;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true } : { status: 'loading' }));
    try {
      const data = await call(catalogCalls.list, {});
      if (n === latest.current) setState({ status: 'ready', data, refreshing: false, refreshError: null });
      return data;
    } catch (e) {
      const error = toAppError(e);
      if (n === latest.current) setState((s) => (s.status === 'ready' ? { ...s, refreshing: false, refreshError: error } : { status: 'error', error }));
      return undefined;
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);
  return { state, reload: load };
};
