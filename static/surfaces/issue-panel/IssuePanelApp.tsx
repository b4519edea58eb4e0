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

/** While the goal is read: the shape of a chain, as tall as a usual one, so the panel does not jump when it lands. */
function PanelSkeleton() {
  return (
    <div className="tl-panel-skeleton" role="status" aria-live="polite" data-testid="panel-skeleton">
      <span className="tl-visually-hidden">Finding the goal behind this work…</span>
      {[0, 1, 2].map((i) => (
        <div key={i} className="tl-panel-skeleton-item" aria-hidden="true">
          <div className="tl-panel-skeleton-line tl-panel-skeleton-line--short" />
          <div className="tl-panel-skeleton-line" />
        </div>
      ))}
    </div>
  );
}

function Panel({ issueKey }: { issueKey: string }) {
  const { state, retry } = useCall(panelCalls.context, { issue: issueKey });
  const [override, setOverride] = useState<GoalContext | null>(null);
  if (state.status === 'loading') return <PanelSkeleton />;
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
      <h2 className="tl-visually-hidden">The goal behind {key}</h2>
      <Panel issueKey={key} />
    </main>
  );
}
