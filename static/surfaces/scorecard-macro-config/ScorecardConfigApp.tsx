// Config view of the Confluence scorecard macro: one goal (grouped by level) or every goal of a level, pre-filled
// from the saved config. Save submits the flat config to Confluence; Cancel closes without a change.
import { view } from '@forge/bridge';
import { useState } from 'react';
import { scorecardMacroCalls, type ScorecardMacroConfig } from '../../../src/shared/api/scorecard-macro';
import { useProductContext } from '../../kit/api/useProductContext';
import { useView } from '../../kit/api/useView';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { ConfigForm } from './ConfigForm';
import './scorecard-macro-config.css';

export function ScorecardConfigApp() {
  const ctx = useProductContext();
  const { state, retry } = useView(scorecardMacroCalls.options, {});
  const [problem, setProblem] = useState<string | null>(null);

  const save = (config: ScorecardMacroConfig) => {
    setProblem(null);
    view.submit({ config }).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  const cancel = () => void view.close().catch(() => undefined);

  let body;
  if (ctx.status === 'loading' || state.status === 'loading') body = <Loading label="Loading the goals…" />;
  else if (ctx.status === 'error') body = <ErrorMessage error={{ code: 'INTERNAL', message: ctx.message }} />;
  else if (state.status === 'error') body = <ErrorMessage error={state.error} onRetry={retry} />;
  else body = <ConfigForm saved={ctx.context.extension.config} goals={state.view.goals} periods={state.view.periods ?? []} onSave={save} onCancel={cancel} />;
  return (
    <main className="sc-config tl-stack">
      <h1 className="tl-visually-hidden">Scorecard settings</h1>
      {body}
      {problem && (
        <p className="tl-field-error" role="alert">
          The settings could not be saved: {problem}
        </p>
      )}
    </main>
  );
}
