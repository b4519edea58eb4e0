// The issue panel: on any issue, the goal the work serves and the chain up to the strategy goal; on an epic,
// the place to tag it. Reads the issue from the product context, never from the URL.
import { useState } from 'react';
import { panelCalls, type GoalContext } from '../../../src/shared/api/panel';
import { useCall } from '../../kit/api/useCall';
import { useProductContext } from '../../kit/api/useProductContext';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { AlignmentView } from './AlignmentView';
import './panel.css';

function Panel({ issueKey }: { issueKey: string }) {
  const { state, retry } = useCall(panelCalls.context, { issue: issueKey });
  const [override, setOverride] = useState<GoalContext | null>(null);
  if (state.status === 'loading') return <Loading label="Finding the goal behind this work…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  // An answer to tagging carries no input of the viewer's: keep what the first load read.
  return <AlignmentView context={override ? { ...override, input: override.input ?? state.data.input } : state.data} onChanged={setOverride} />;
}

export function IssuePanelApp() {
  const ctx = useProductContext();
  if (ctx.status === 'loading') return <Loading label="Loading…" />;
  if (ctx.status === 'error') return <ErrorMessage error={{ code: 'INTERNAL', message: ctx.message }} />;
  const key = ctx.context.extension.issue?.key;
  if (!key) return <ErrorMessage error={{ code: 'NOT_FOUND', message: 'This panel is not on an issue' }} />;
  return (
    <main className="tl-panel">
      <Panel issueKey={key} />
    </main>
  );
}
