// Confirms archiving a goal, then archives it; when the goal is still in use, says what uses it instead.
import { useState } from 'react';
import { catalogCalls } from '../../../src/shared/api/catalog';
import type { AppError } from '../../../src/shared/errors';
import type { GoalSummary } from '../../../src/shared/model/goal';
import { call } from '../../kit/api/invoke';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { toAppError } from '../../kit/api/app-error';
import { GoalInUse, GoalUsage } from './GoalInUse';

interface Props {
  goal: GoalSummary;
  onArchived(goal: GoalSummary): void;
  onCancel(): void;
  /** Read the catalog again (after a conflict, to get the current version). */
  onReload(): void;
}

type Outcome = { kind: 'idle' } | { kind: 'in-use'; usage: GoalUsage } | { kind: 'conflict' } | { kind: 'error'; error: AppError };

export function ArchivePanel({ goal, onArchived, onCancel, onReload }: Props) {
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const archive = async () => {
    setPending(true);
    try {
      onArchived(await call(catalogCalls.archive, { id: goal.id, expectedVersion: goal.version }));
    } catch (e) {
      const error = toAppError(e);
      const usage = GoalUsage.safeParse(error.details);
      if (error.code === 'GOAL_IN_USE' && usage.success) setOutcome({ kind: 'in-use', usage: usage.data });
      else if (error.code === 'CONFLICT') {
        setOutcome({ kind: 'conflict' });
        onReload();
      } else setOutcome({ kind: 'error', error });
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="tl-stack" data-testid="archive-panel">
      <p>
        Archive <strong>{goal.title}</strong>? It leaves the tree and the parent pickers; projects and epics can no longer be tagged with it. You can restore it
        later.
      </p>
      {outcome.kind === 'in-use' && <GoalInUse usage={outcome.usage} />}
      {outcome.kind === 'conflict' && (
        <p className="tl-message sc-message--warning" role="alert">
          <span aria-hidden="true">⚠ </span>Someone else changed this goal a moment ago. Its latest version is loaded; check it and archive again if you still
          want to.
        </p>
      )}
      {outcome.kind === 'error' && <ErrorMessage error={outcome.error} />}
      <div className="tl-row">
        {outcome.kind !== 'in-use' && (
          <button type="button" className="tl-button sc-button--danger" disabled={pending} onClick={() => void archive()}>
            {pending ? 'Archiving…' : 'Archive goal'}
          </button>
        )}
        <button type="button" className="tl-button" onClick={onCancel} disabled={pending}>
          {outcome.kind === 'in-use' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
