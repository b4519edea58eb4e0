// The page's one piece of server state: the project's alignment view, replaced by what a tag answers.
import { useCallback, useEffect, useState } from 'react';
import { projectPageCalls, type ProjectPageView } from '../../../src/shared/api/project-page';
import type { AppError } from '../../../src/shared/errors';
import { call, CallFailed } from '../../src/api/invoke';

export type PageState = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; view: ProjectPageView };

const errorOf = (e: unknown): AppError => (e instanceof CallFailed ? e.error : { code: 'INTERNAL', message: String(e) });

export const useProjectPage = (project: string | null) => {
  const [state, setState] = useState<PageState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (project === null) return;
    let live = true;
    setState({ status: 'loading' });
    call(projectPageCalls.view, { project })
      .then((view) => live && setState({ status: 'ready', view }))
      .catch((e: unknown) => live && setState({ status: 'error', error: errorOf(e) }));
    return () => {
      live = false;
    };
  }, [project, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((view: ProjectPageView) => setState({ status: 'ready', view }), []);
  return { state, retry, replace };
};
