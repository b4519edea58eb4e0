// Where the tree starts: all strategy goals, or one goal, the goals grouped by level from the top. Archived goals
// are left out; drafts are marked.
import type { MacroGoalOption } from '../../../src/shared/api/macros';
import { LEVELS, LEVEL_LABEL } from '../../../src/shared/levels';

interface Props {
  value: string;
  goals: MacroGoalOption[];
  onChange: (goalId: string) => void;
}

export function RootField({ value, goals, onChange }: Props) {
  const shown = goals.filter((g) => g.status !== 'archived' || g.id === value);
  return (
    <div className="tl-field">
      <label htmlFor="mc-root">Start from</label>
      <select id="mc-root" className="tl-select" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby="mc-root-hint">
        <option value="">All strategy goals</option>
        {LEVELS.map((level) => {
          const inLevel = shown.filter((g) => g.level === level);
          return inLevel.length === 0 ? null : (
            <optgroup key={level} label={`${LEVEL_LABEL[level]} goals`}>
              {inLevel.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.title}
                  {g.status === 'draft' ? ' (draft)' : g.status === 'archived' ? ' (archived)' : g.status === 'achieved' ? ' (achieved)' : ''}
                </option>
              ))}
            </optgroup>
          );
        })}
      </select>
      <span id="mc-root-hint" className="tl-small tl-subtle">
        {goals.length === 0
          ? 'There are no goals yet: the tree shows the strategy goals once strategy editors add them.'
          : value === ''
            ? 'The tree shows every strategy goal and the work that serves it.'
            : 'The tree shows this goal and the work that serves it.'}
      </span>
    </div>
  );
}
