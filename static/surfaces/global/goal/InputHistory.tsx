// A piece of input's history, oldest first, as the server tells it to this reader: the author of anonymous input
// is "Anonymous" to everyone but its author and the goal's leader and manager.
import { inputCalls } from '../../../../src/shared/api/input';
import { useCall } from '../../../kit/api/useCall';
import { formatMoment } from '../../../kit/ui/dates';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';

const ACTION = { left: 'left it', answered: 'answered', taken: 'took it into a check-in', 'not-now': 'said not now' } as const;

export function InputHistory({ inputId }: { inputId: string }) {
  const { state, retry } = useCall(inputCalls.history, { inputId });
  if (state.status === 'loading') return <Loading label="Loading its history…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  return (
    <ol className="gi-history tl-small" data-testid="input-history">
      {state.data.map((e) => (
        <li key={`${e.at}-${e.action}`}>
          {formatMoment(e.at)}: {e.by?.displayName ?? 'Anonymous'} {ACTION[e.action]}
        </li>
      ))}
    </ol>
  );
}
