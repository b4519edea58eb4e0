// The Confluence "Throughline alignment tree" macro: for an executive reading a strategy page, in five seconds,
// how the work lines up under the chosen goal (or all strategy goals), how far it has come and where the gaps
// are. The config is the page's (view.getContext() → extension.config); the tree is read as the viewer.
import { useCallback, type ReactNode } from 'react';
import { macroCalls } from '../../../src/shared/api/macros';
import type { AppError } from '../../../src/shared/errors';
import { call } from '../../kit/api/invoke';
import { readMacroConfig } from '../../kit/api/macro-config';
import { appendMacroPage, usePages } from '../../kit/api/subtree-pages';
import { useProductContext } from '../../kit/api/useProductContext';
import { useView } from '../../kit/api/useView';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { MacroNotice } from './MacroNotice';
import { MacroView } from './MacroView';
import './alignment-macro.css';

const RootGone = ({ editing }: { editing: boolean }) => (
  <div className="tl-message tl-stack" role="alert" data-testid="root-missing">
    <strong>The goal this alignment tree starts from no longer exists, or you cannot see it.</strong>
    <span>
      {editing
        ? 'Use Configure on this macro to choose another goal, or all strategy goals.'
        : 'Ask the page’s editor to edit the page and choose another goal for this macro.'}
    </span>
  </div>
);

export function AlignmentMacroApp() {
  const context = useProductContext();
  const ext = context.status === 'ready' ? context.context.extension : null;
  const saved = ext ? readMacroConfig(ext.config) : null;
  const { state, retry } = useView(macroCalls.tree, saved ? { config: saved.config } : null);
  const editing = ext?.isEditing === true;
  // The next page of the same tree: the config of the page that answered the first one.
  const first = state.status === 'ready' ? state.view : null;
  const next = useCallback(
    (cursor: string) => (first ? call(macroCalls.tree, { config: first.config, cursor }) : Promise.reject(new Error('no first page'))),
    [first],
  );
  const pages = usePages(first, next, appendMacroPage);

  const shell = (body: ReactNode) => <main className="am-page tl-stack">{body}</main>;
  if (context.status === 'error') return shell(<ErrorMessage error={{ code: 'INTERNAL', message: context.message }} />);
  if (!saved || state.status === 'loading') return shell(<Loading label="Loading the alignment tree…" />);
  if (state.status === 'error') {
    const error: AppError = state.error;
    return shell(error.code === 'NOT_FOUND' && saved.config.rootGoalId ? <RootGone editing={editing} /> : <ErrorMessage error={error} onRetry={retry} />);
  }
  return shell(
    <>
      {saved.status === 'default' && editing && (
        <MacroNotice>Showing all strategy goals. Use Configure to choose a goal, depth, gaps and progress.</MacroNotice>
      )}
      {saved.status === 'invalid' && (
        <MacroNotice>
          This macro’s settings could not be read, so it shows all strategy goals.{' '}
          {editing ? 'Use Configure to set it up again.' : 'Edit the page to configure it again.'}
        </MacroNotice>
      )}
      <MacroView view={pages.view ?? state.view} more={pages} />
    </>,
  );
}
