// A strategy editor's actions on one goal: edit and archive a live goal, restore an archived one.
import type { GoalSummary } from '../../../src/shared/model/goal';

export interface GoalActionHandlers {
  onEdit(goal: GoalSummary): void;
  onArchive(goal: GoalSummary): void;
  onRestore(goal: GoalSummary): void;
  /** The goal being restored right now, if any. */
  restoringId: string | null;
}

export function GoalActions({ goal, handlers }: { goal: GoalSummary; handlers: GoalActionHandlers }) {
  if (goal.status === 'archived') {
    const busy = handlers.restoringId === goal.id;
    return (
      <div className="sc-actions">
        <button
          type="button"
          className="tl-button sc-button--small"
          aria-label={`Restore ${goal.title}`}
          disabled={busy}
          onClick={() => handlers.onRestore(goal)}
        >
          {busy ? 'Restoring…' : 'Restore'}
        </button>
      </div>
    );
  }
  return (
    <div className="sc-actions">
      <button type="button" className="tl-button sc-button--small" aria-label={`Edit ${goal.title}`} onClick={() => handlers.onEdit(goal)}>
        Edit
      </button>
      <button type="button" className="tl-button sc-button--small" aria-label={`Archive ${goal.title}`} onClick={() => handlers.onArchive(goal)}>
        Archive
      </button>
    </div>
  );
}
