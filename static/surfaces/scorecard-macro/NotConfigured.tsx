// What the macro shows before it knows what to show, or when what it was set to show is gone: what to do next,
// for the page's author (in edit mode) and for its readers.
import { EmptyState } from '../../src/ui/EmptyState';

interface Props {
  editing: boolean;
  /** The saved settings are not a goal or a level (e.g. saved by an older version). */
  invalid?: boolean;
  /** The goal it was set to show no longer exists. */
  missingGoal?: boolean;
}

export function NotConfigured({ editing, invalid = false, missingGoal = false }: Props) {
  const title = missingGoal ? 'The goal of this scorecard no longer exists' : invalid ? 'This scorecard’s settings need another look' : 'Choose what this scorecard shows';
  const what = 'one goal’s KPIs, or every goal of a leadership level, with status, trend, forecast and diagnosis';
  return (
    <div data-testid="scorecard-not-configured">
      <EmptyState title={title}>
        {editing ? (
          <p className="sm-plain">
            Select <strong>Configure</strong> on this macro and pick {missingGoal ? 'another goal, or a level' : what}.
          </p>
        ) : (
          <p className="sm-plain">
            {missingGoal ? 'It may have been removed from the strategy catalog. ' : 'The scorecard can show ' + what + '. '}
            Ask the page’s author to edit the page and configure this macro.
          </p>
        )}
      </EmptyState>
    </div>
  );
}
