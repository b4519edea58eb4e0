// Reads a goal in full (its description and current version) before the edit form opens.
import { catalogCalls } from '../../../src/shared/api/catalog';
import { useCall } from '../../kit/api/useCall';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { GoalForm, type GoalFormProps } from './GoalForm';

export function ExistingGoalForm({ id, ...rest }: Omit<GoalFormProps, 'base'> & { id: string }) {
  const { state, retry } = useCall(catalogCalls.get, { id });
  if (state.status === 'loading') return <Loading label="Loading the goal…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (state.data.goal.status === 'archived') return <p>This goal is archived. Restore it before editing it.</p>;
  return <GoalForm base={state.data.goal} {...rest} />;
}
