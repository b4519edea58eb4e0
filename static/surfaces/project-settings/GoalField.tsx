// The goal the project serves: a select grouped by level, offering only goals at the project's level or above,
// with the chosen goal's chain shown underneath.
import type { GoalSummary } from '../../../src/shared/model/goal';
import type { ProjectLevel } from '../../../src/shared/model/project-alignment';
import { LEVEL_LABEL } from '../../../src/shared/levels';
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
  const groups = eligibleGroups(goals, level);
  const chain = value ? chainOf(goals, value) : null;
  const describedBy = [error && 'ps-goal-error', hint && 'ps-goal-hint'].filter(Boolean).join(' ') || undefined;
  return (
    <div className="tl-field">
      <label htmlFor="ps-goal">Goal it serves</label>
      <span className="tl-small tl-subtle">Goals at the {LEVEL_LABEL[level].toLowerCase()} level or above</span>
      <select
        id="ps-goal"
        className="tl-select ps-goal-select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      >
        <option value="">Choose a goal…</option>
        {groups.map((group) => (
          <optgroup key={group.level} label={`${LEVEL_LABEL[group.level]} goals`}>
            {group.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
                {g.status === 'draft' ? ' (draft)' : ''}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {hint && (
        <p id="ps-goal-hint" className="tl-small tl-subtle">
          {hint}
        </p>
      )}
      {error && (
        <p id="ps-goal-error" className="tl-field-error" data-testid="error-goalId">
          ✕ {error}
        </p>
      )}
      {chain && <GoalChain chain={chain} withTitle={false} testId="goal-preview" />}
    </div>
  );
}
