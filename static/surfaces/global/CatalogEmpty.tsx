// What an empty catalog says: editors are invited to write the first strategy goals, readers whom to ask.
import { EmptyState } from '../../kit/ui/EmptyState';

export function CatalogEmpty({ canEdit, onCreate }: { canEdit: boolean; onCreate(): void }) {
  if (!canEdit) {
    return (
      <EmptyState title="No goals yet; ask a strategy editor">
        Once strategy editors add goals, you will see them here with who leads and who manages each.
      </EmptyState>
    );
  }
  return (
    <EmptyState
      title="Start with your 3–5 strategy goals"
      action={
        <button type="button" className="tl-button tl-button--primary" onClick={onCreate}>
          New goal
        </button>
      }
    >
      Strategy goals sit at the top; functional-team, process, project and personal goals go beneath them, so every piece of work traces up to the strategy.
    </EmptyState>
  );
}
