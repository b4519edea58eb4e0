// Where the tree starts: all strategy goals, or one goal chosen with the searchable goal picker (grouped by level
// from the top). Archived goals are left out, unless saved before; drafts are marked.
import { useState } from 'react';
import type { MacroGoalOption } from '../../../src/shared/api/macros';
import { GoalPicker } from '../../kit/ui/GoalPicker';

interface Props {
  value: string;
  goals: MacroGoalOption[];
  onChange: (goalId: string) => void;
}

export function RootField({ value, goals, onChange }: Props) {
  const shown = goals.filter((g) => g.status !== 'archived' || g.id === value);
  const [one, setOne] = useState(value !== '');
  return (
    <fieldset className="tl-stack mc-root">
      <legend>Start from</legend>
      <label className="mc-check">
        <input
          type="radio"
          name="mc-root-mode"
          checked={!one}
          onChange={() => {
            setOne(false);
            onChange('');
          }}
        />
        <span>All strategy goals</span>
      </label>
      <label className="mc-check">
        <input type="radio" name="mc-root-mode" checked={one} onChange={() => setOne(true)} />
        <span>One goal</span>
      </label>
      {one && (
        <GoalPicker
          id="mc-root"
          label="Goal to start from"
          goals={shown}
          value={value}
          onChange={onChange}
          noneWords="There are no goals yet: the tree shows the strategy goals once strategy editors add them."
        />
      )}
      <span id="mc-root-hint" className="tl-small tl-subtle">
        {value === '' ? 'The tree shows every strategy goal and the work that serves it.' : 'The tree shows this goal and the work that serves it.'}
      </span>
    </fieldset>
  );
}
