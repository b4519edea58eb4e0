// The page's one piece of server state: the project's tag view, loaded once, replaced by what a save or a
// removal answers, and fetched again on demand (after a conflict, to show the other person's version).
import { useCallback, useEffect, useState } from 'react';
import { projectSettingsCalls, type ProjectTagView } from '../../../src/shared/api/project-settings';
import type { AppError } from '../../../src/shared/errors';
import { call, CallFailed } from '../../src/api/invoke';

export type TagState = { status: 'loading' } | { status: 'error'; error: AppError } | { status: 'ready'; view: ProjectTagView };

const errorOf = (e: unknown): AppError => (e instanceof CallFailed ? e.error : { code: 'INTERNAL', message: String(e) });

export const useProjectTag = (project: string | null) => {
  const [state, setState] = useState<TagState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (project === null) return;
    let live = true;
    setState({ status: 'loading' });
    call(projectSettingsCalls.get, { project })
      .then((view) => live && setState({ status: 'ready', view }))
      .catch((e: unknown) => live && setState({ status: 'error', error: errorOf(e) }));
    return () => {
      live = false;
    };
  }, [project, attempt]);
  /** Starts over with the loading state: for the error screen's retry. */
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  /** Fetches the current view while the page stays on screen; the caller shows its own progress. */
  const refresh = useCallback(async (): Promise<AppError | null> => {
    if (project === null) return null;
    try {
      setState({ status: 'ready', view: await call(projectSettingsCalls.get, { project }) });
      return null;
    } catch (e) {
      return errorOf(e);
    }
  }, [project]);
  const replace = useCallback((view: ProjectTagView) => setState({ status: 'ready', view }), []);
  return { state, retry, refresh, replace };
};
