// "3 things due from you, 1 overdue": one line at the foot of the panel for viewers who lead or manage an active
// goal, linking to "Due from you" in the strategy workspace. Asked after the panel has drawn (its own call), so the
// panel's first answer keeps its budget; nothing is shown while it loads, when nothing is due, or when it fails.
import { duePanelCalls } from '../../../src/shared/api/due';
import type { GoalContext } from '../../../src/shared/api/panel';
import { openWorkspace } from '../../kit/api/open-goal';
import { useCall } from '../../kit/api/useCall';
import '../../kit/ui/goal-link.css';

function Count() {
  const { state } = useCall(duePanelCalls.count, {});
  if (state.status !== 'ready' || state.data.count === 0) return null;
  const { count, overdue } = state.data;
  return (
    <p className="tl-small tl-due-line" data-testid="panel-due">
      <button type="button" className="tl-goal-link" onClick={() => openWorkspace('/due')}>
        {count} {count === 1 ? 'thing' : 'things'} due from you{overdue > 0 ? `, ${overdue} overdue` : ''}
      </button>
      <span className="tl-subtle"> as the leader or manager of goals</span>
    </p>
  );
}

export function DueLine({ context }: { context: GoalContext }) {
  return context.holdsRole ? <Count /> : null;
}
