// The Confluence scorecard macro: reads its saved config from the product context and shows the scorecard it
// names. A fresh macro (no config yet) shows the organisation's top scorecard, every strategy goal, and tells the
// page's editor, in edit mode only, that Configure chooses a goal or a level. Read-only: values are recorded in
// the strategy workspace in Jira.
import { DEFAULT_SCORECARD_CONFIG, isConfigured, isUnconfigured, scorecardMacroCalls } from '../../../src/shared/api/scorecard-macro';
import { useProductContext } from '../../kit/api/useProductContext';
import { useView } from '../../kit/api/useView';
import { useGoalPages } from '../../kit/api/goal-pages';
import { call } from '../../kit/api/invoke';
import { useCallback } from 'react';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { DefaultScopeNote } from './DefaultScopeNote';
import { MacroScorecard } from './MacroScorecard';
import { NotConfigured } from './NotConfigured';
import './scorecard-macro.css';

export function ScorecardMacroApp() {
  const ctx = useProductContext();
  const saved: unknown = ctx.status === 'ready' ? ctx.context.extension.config : undefined;
  const editing = ctx.status === 'ready' && ctx.context.extension.isEditing === true;
  const fallback = ctx.status === 'ready' && isUnconfigured(saved);
  const config = fallback ? DEFAULT_SCORECARD_CONFIG : isConfigured(saved) ? saved : null;
  const { state, retry } = useView(scorecardMacroCalls.view, ctx.status === 'ready' && config !== null ? { config } : null);
  // A level with many goals comes a page at a time: "Show more" reads the next.
  const configKey = JSON.stringify(config);
  const next = useCallback(
    (cursor: string) => call(scorecardMacroCalls.view, { config: JSON.parse(configKey) as NonNullable<typeof config>, cursor }),
    [configKey],
  );
  const pages = useGoalPages(state.status === 'ready' ? state.view : null, next);

  let body;
  if (ctx.status === 'loading') body = <Loading label="Loading the scorecard…" />;
  else if (ctx.status === 'error') body = <ErrorMessage error={{ code: 'INTERNAL', message: ctx.message }} />;
  else if (config === null) body = <NotConfigured editing={editing} problem="invalid" />;
  else if (state.status === 'loading') body = <Loading label="Loading the scorecard…" />;
  else if (state.status === 'error' && state.error.code === 'NOT_FOUND') body = <NotConfigured editing={editing} problem="missing-goal" />;
  else if (state.status === 'error') body = <ErrorMessage error={state.error} onRetry={retry} />;
  else body = <MacroScorecard view={pages.view ?? state.view} more={pages} note={fallback && editing ? <DefaultScopeNote /> : null} />;
  return <main className="sm-macro">{body}</main>;
}
