// The alignment tree macro's config: loads the saved config and the goals it may start from, then lets the page's
// editor choose the root, depth, gaps, progress, agreements and As of (live, or a closed period's snapshot). Save submits the flat config (view.submit({config})), Cancel
// closes without a change.
import { view } from '@forge/bridge';
import { useState, type ReactNode } from 'react';
import { macroCalls, type TreeMacroConfig } from '../../../src/shared/api/macros';
import { readMacroConfig } from '../../kit/api/macro-config';
import { useProductContext } from '../../kit/api/useProductContext';
import { useView } from '../../kit/api/useView';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { ConfigForm } from './ConfigForm';
import './alignment-macro-config.css';

export function ConfigApp() {
  const context = useProductContext();
  const options = useView(macroCalls.goalOptions, {});
  const [failure, setFailure] = useState<string | null>(null);

  const shell = (body: ReactNode) => (
    <main className="mc-page tl-stack">
      <h1 className="tl-visually-hidden">Alignment tree settings</h1>
      {body}
    </main>
  );
  if (context.status === 'loading' || options.state.status === 'loading') return shell(<Loading label="Loading the goals this tree can start from…" />);
  if (context.status === 'error') return shell(<ErrorMessage error={{ code: 'INTERNAL', message: context.message }} />);
  if (options.state.status === 'error') return shell(<ErrorMessage error={options.state.error} onRetry={options.retry} />);

  const saved = readMacroConfig(context.context.extension.config);
  const submit = async (config: TreeMacroConfig) => {
    setFailure(null);
    // Flat, and without an absent root: Confluence keeps macro parameters as a flat map.
    const flat: Record<string, string | number | boolean> = { depth: config.depth, showGaps: config.showGaps, showProgress: config.showProgress };
    if (config.rootGoalId) flat.rootGoalId = config.rootGoalId;
    if (config.showAgreements !== undefined) flat.showAgreements = config.showAgreements;
    if (config.asOf) flat.asOf = config.asOf;
    try {
      await view.submit({ config: flat });
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };
  return shell(
    <>
      {failure && <ErrorMessage error={{ code: 'INTERNAL', message: failure }} />}
      <ConfigForm
        initial={saved.config}
        savedWasInvalid={saved.status === 'invalid'}
        goals={options.state.view.goals}
        periods={options.state.view.periods ?? []}
        onSave={submit}
        onCancel={() => void view.close().catch(() => undefined)}
      />
    </>,
  );
}
