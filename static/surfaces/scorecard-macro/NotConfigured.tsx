// What the macro shows when what it was set to show cannot be shown: settings that are not a goal or a level, or
// a goal that is gone. What to do next, for the page's author (in edit mode) and for its readers. (A macro with no
// settings at all shows every strategy goal instead.)
import { EmptyState } from '../../kit/ui/EmptyState';

interface Props {
  editing: boolean;
  /** 'invalid': the saved settings are not a goal or a level (e.g. saved by an older version). 'missing-goal': the goal it was set to show no longer exists. */
  problem: 'invalid' | 'missing-goal';
}

export function NotConfigured({ editing, problem }: Props) {
  const missingGoal = problem === 'missing-goal';
  const title = missingGoal ? 'The goal of this scorecard no longer exists' : 'This scorecard’s settings need another look';
  return (
    <div data-testid="scorecard-not-configured">
      <EmptyState title={title}>
        {editing ? (
          <p className="sm-plain">
            Select <strong>Configure</strong> on this macro and pick{' '}
            {missingGoal ? 'another goal, or a level' : 'one goal, or every goal of a leadership level'}.
          </p>
        ) : (
          <p className="sm-plain">
            {missingGoal ? 'It may have been removed from the strategy catalog. ' : ''}
            Ask the page’s author to edit the page and configure this macro.
          </p>
        )}
      </EmptyState>
    </div>
  );
}
