// The product context of the surface (which issue, project or macro it is shown on), from the bridge.
import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

export interface ProductContext {
  accountId?: string;
  moduleKey?: string;
  extension: {
    type?: string;
    issue?: { id?: string; key?: string; type?: string };
    project?: { id?: string; key?: string; type?: string };
    config?: Record<string, unknown>;
    isEditing?: boolean;
  };
}

export type ContextState = { status: 'loading' } | { status: 'ready'; context: ProductContext } | { status: 'error'; message: string };

export const useProductContext = (): ContextState => {
  const [state, setState] = useState<ContextState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    view
      .getContext()
      .then((c) => live && setState({ status: 'ready', context: c as unknown as ProductContext }))
      .catch((e: unknown) => live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }));
    return () => {
      live = false;
    };
  }, []);
  return state;
};
