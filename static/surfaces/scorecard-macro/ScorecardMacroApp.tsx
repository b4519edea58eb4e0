// The Confluence scorecard macro: reads its saved config from the product context, asks to be configured when it
// has none, else shows the scorecard it names. Read-only: values are recorded in the strategy workspace in Jira.
import { isConfigured, scorecardMacroCalls } from '../../../src/shared/api/scorecard-macro';
import { useProductContext } from '../../src/api/useProductContext';
import { useView } from '../../src/api/useView';
import { ErrorMessage } from '../../src/ui/ErrorMessage';
import { Loading } from '../../src/ui/Loading';
import { MacroScorecard } from './MacroScorecard';
import { NotConfigured } from './NotConfigured';
import './scorecard-macro.css';

export function ScorecardMacroApp() {
  const ctx = useProductContext();
  const config = ctx.status === 'ready' ? ctx.context.extension.config : undefined;
  const editing = ctx.status === 'ready' && ctx.context.extension.isEditing === true;
  const ready = ctx.status === 'ready' && isConfigured(config);
  const { state, retry } = useView(scorecardMacroCalls.view, ready ? { config } : null);

  let body;
  if (ctx.status === 'loading') body = <Loading label="Loading the scorecard…" />;
  else if (ctx.status === 'error') body = <ErrorMessage error={{ code: 'INTERNAL', message: ctx.message }} />;
  else if (config === undefined || (typeof config === 'object' && Object.keys(config).length === 0)) body = <NotConfigured editing={editing} />;
  else if (!ready) body = <NotConfigured editing={editing} invalid />;
  else if (state.status === 'loading') body = <Loading label="Loading the scorecard…" />;
  else if (state.status === 'error' && state.error.code === 'NOT_FOUND') body = <NotConfigured editing={editing} missingGoal />;
  else if (state.status === 'error') body = <ErrorMessage error={state.error} onRetry={retry} />;
  else body = <MacroScorecard view={state.view} />;
  return <main className="sm-macro">{body}</main>;
}
