// The lazily loaded goal editor (its own chunk, so the first render stays light): a new goal, or an existing
// one read in full before the form opens.
import { ExistingGoalForm } from './ExistingGoalForm';
import { GoalForm, type GoalFormProps } from './GoalForm';

export function GoalEditor({ editingId, ...rest }: Omit<GoalFormProps, 'base'> & { editingId: string | null }) {
  return editingId ? <ExistingGoalForm id={editingId} {...rest} /> : <GoalForm base={null} {...rest} />;
}
