// The goal the project serves: the searchable goal picker, offering only goals at the project's level or above
// (grouped by level), with the chosen goal's chain shown underneath.
import type { GoalSummary } from '../../../src/shared/model/goal';
import type { ProjectLevel } from '../../../src/shared/model/project-alignment';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { GoalPicker } from '../../kit/ui/GoalPicker';
import { GoalChain } from './GoalChain';
import { chainOf, eligibleGroups } from './goals';

interface Props {
  goals: readonly GoalSummary[];
  level: ProjectLevel;
  value: string;
  onChange: (goalId: string) => void;
  error?: string;
  hint?: string;
}

export function GoalField({ goals, level, value, onChange, error, hint }: Props) {
  const eligible = eligibleGroups(goals, level).flatMap((g) => g.goals);
  const chain = value ? chainOf(goals, value) : null;
  return (
    <div className="tl-stack ps-goal-field">
      <GoalPicker
        id="ps-goal"
        label="Goal it serves"
        hint={`Goals at the ${LEVEL_LABEL[level].toLowerCase()} level or above`}
        goals={eligible}
        value={eligible.some((g) => g.id === value) ? value : ''}
        onChange={onChange}
        error={error}
        errorTestId="error-goalId"
        noneWords="No goal at this level or above yet."
      />
      {hint && (
        <p id="ps-goal-hint" className="tl-small tl-subtle">
          {hint}
        </p>
      )}
      {chain && <GoalChain chain={chain} withTitle={false} testId="goal-preview" />}
    </div>
  );
}
