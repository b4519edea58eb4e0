// The choice itself: "one goal" with a picker grouped by level, or "every goal of a level" with the level's goal
// count (levels without goals are left out, except the one saved before). Save stays off until the choice is
// complete. The host's modal already names the macro, so the form does not repeat it; its buttons follow
// Atlassian's order: Cancel, then the primary Save, on the right.
import { useMemo, useState, type FormEvent } from 'react';
import { ScorecardMacroConfig, type ScorecardOption } from '../../../src/shared/api/scorecard-macro';
import { LEVEL_LABEL, LEVELS, type Level } from '../../../src/shared/levels';
import { GoalPicker } from '../../kit/ui/GoalPicker';
import { AsOfField } from '../../kit/ui/AsOfField';

interface Props {
  /** The saved config: the browser's claim, so read through the schema. */
  saved: unknown;
  goals: readonly ScorecardOption[];
  /** Closed periods whose snapshot the macro may show instead of live values. */
  periods: readonly { id: string; name: string; closedDay: string }[];
  onSave(config: ScorecardMacroConfig): void;
  onCancel(): void;
}

type Mode = 'goal' | 'level';

const goalWords = (n: number) => (n === 0 ? 'no goals' : n === 1 ? '1 goal' : `${n} goals`);
const kpiWords = (n: number) => (n === 0 ? 'no KPIs yet' : n === 1 ? '1 KPI' : `${n} KPIs`);

export function ConfigForm({ saved, goals, periods, onSave, onCancel }: Props) {
  const initial = useMemo(() => {
    const parsed = ScorecardMacroConfig.safeParse(saved);
    return parsed.success ? parsed.data : null;
  }, [saved]);
  const [mode, setMode] = useState<Mode>(initial?.level ? 'level' : 'goal');
  const [goalId, setGoalId] = useState(initial?.goalId ?? '');
  const kpisOf = useMemo(() => new Map(goals.map((g) => [g.id, g.kpis])), [goals]);
  const byLevel = useMemo(() => LEVELS.map((l) => ({ level: l, goals: goals.filter((g) => g.level === l) })), [goals]);
  /** Levels worth offering: those with goals, and the saved one even if it has none now. */
  const levels = useMemo(() => byLevel.filter((g) => g.goals.length > 0 || g.level === initial?.level), [byLevel, initial]);
  const [level, setLevel] = useState<Level>(initial?.level ?? levels[0]?.level ?? 'strategy');
  const savedGoalGone = initial?.goalId !== undefined && !goals.some((g) => g.id === initial.goalId);
  const [asOf, setAsOf] = useState(initial?.asOf ?? '');
  const savedPeriodGone = asOf !== '' && !periods.some((p) => p.id === asOf);
  const canSave = mode === 'level' ? levels.some((g) => g.level === level) : goals.some((g) => g.id === goalId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const when = asOf && !savedPeriodGone ? { asOf } : {};
    if (canSave) onSave(mode === 'goal' ? { goalId, ...when } : { level, ...when });
  };

  return (
    <form className="tl-stack sc-form" onSubmit={submit} aria-label="Scorecard settings">
      <p className="tl-subtle sc-plain">Show KPIs with their status, trend, forecast and diagnosis. Readers see it read-only.</p>
      <fieldset className="sc-fieldset tl-stack">
        <legend className="sc-legend">What should this scorecard show?</legend>
        <label className="sc-choice">
          <input type="radio" name="mode" value="goal" checked={mode === 'goal'} onChange={() => setMode('goal')} />
          <span>One goal’s scorecard</span>
        </label>
        {mode === 'goal' && (
          <div className="tl-stack sc-indent">
            <GoalPicker
              id="sc-goal"
              label="Goal"
              goals={goals}
              value={goals.some((g) => g.id === goalId) ? goalId : ''}
              onChange={setGoalId}
              detail={(g) => kpiWords(kpisOf.get(g.id) ?? 0)}
              noneWords="There are no goals yet."
            />
            {savedGoalGone && <span className="tl-field-error">The goal chosen before is archived or no longer exists; choose another.</span>}
          </div>
        )}
        <label className="sc-choice">
          <input type="radio" name="mode" value="level" checked={mode === 'level'} onChange={() => setMode('level')} />
          <span>Every goal of a leadership level</span>
        </label>
        {mode === 'level' && (
          <div className="tl-field sc-indent">
            <label htmlFor="sc-level">Level</label>
            <select id="sc-level" className="tl-select" value={level} onChange={(e) => setLevel(e.target.value as Level)}>
              {levels.map((g) => (
                <option key={g.level} value={g.level}>
                  {LEVEL_LABEL[g.level]} ({goalWords(g.goals.length)})
                </option>
              ))}
            </select>
            {levels.length === 0 && (
              <span className="tl-field-error">No level has goals yet. Strategy editors add goals in Jira (Apps → Throughline → Goals).</span>
            )}
            <span className="tl-small tl-subtle">Archived goals are left out; drafts show, marked as drafts.</span>
          </div>
        )}
      </fieldset>
      <AsOfField
        id="sc-as-of"
        value={savedPeriodGone ? '' : asOf}
        onChange={setAsOf}
        periods={periods}
        liveLabel="Live: today’s values"
        snapshotHint="A snapshot shows the values frozen when the period closed."
        savedGone={savedPeriodGone}
      />
      <div className="tl-row sc-actions">
        <button type="button" className="tl-button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="tl-button tl-button--primary" disabled={!canSave}>
          Save
        </button>
      </div>
    </form>
  );
}
