// The choice itself: "one goal" with a picker grouped by level, or "every goal of a level" with the level's goal
// count. Save stays off until the choice is complete.
import { useMemo, useState, type FormEvent } from 'react';
import { ScorecardMacroConfig, type ScorecardOption } from '../../../src/shared/api/scorecard-macro';
import { LEVEL_LABEL, LEVELS, type Level } from '../../../src/shared/levels';

interface Props {
  /** The saved config: the browser's claim, so read through the schema. */
  saved: unknown;
  goals: readonly ScorecardOption[];
  onSave(config: ScorecardMacroConfig): void;
  onCancel(): void;
}

type Mode = 'goal' | 'level';

const kpiWords = (n: number) => (n === 0 ? 'no KPIs yet' : n === 1 ? '1 KPI' : `${n} KPIs`);

export function ConfigForm({ saved, goals, onSave, onCancel }: Props) {
  const initial = useMemo(() => {
    const parsed = ScorecardMacroConfig.safeParse(saved);
    return parsed.success ? parsed.data : null;
  }, [saved]);
  const [mode, setMode] = useState<Mode>(initial?.level ? 'level' : 'goal');
  const [goalId, setGoalId] = useState(initial?.goalId ?? '');
  const [level, setLevel] = useState<Level>(initial?.level ?? 'strategy');
  const byLevel = useMemo(() => LEVELS.map((l) => ({ level: l, goals: goals.filter((g) => g.level === l) })), [goals]);
  const savedGoalGone = initial?.goalId !== undefined && !goals.some((g) => g.id === initial.goalId);
  const canSave = mode === 'level' || goals.some((g) => g.id === goalId);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (canSave) onSave(mode === 'goal' ? { goalId } : { level });
  };

  return (
    <form className="tl-stack" onSubmit={submit} aria-labelledby="sc-config-title">
      <div>
        <h2 id="sc-config-title">Throughline scorecard</h2>
        <p className="tl-subtle sc-plain">Show KPIs with their status, trend, forecast and diagnosis. Readers see it read-only.</p>
      </div>
      <fieldset className="sc-fieldset tl-stack">
        <legend className="sc-legend">What should this scorecard show?</legend>
        <label className="sc-choice">
          <input type="radio" name="mode" value="goal" checked={mode === 'goal'} onChange={() => setMode('goal')} />
          <span>One goal’s scorecard</span>
        </label>
        {mode === 'goal' && (
          <div className="tl-field sc-indent">
            <label htmlFor="sc-goal">Goal</label>
            <select id="sc-goal" className="tl-select" value={goalId} onChange={(e) => setGoalId(e.target.value)} required>
              <option value="">Choose a goal…</option>
              {byLevel
                .filter((g) => g.goals.length > 0)
                .map((g) => (
                  <optgroup key={g.level} label={LEVEL_LABEL[g.level]}>
                    {g.goals.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.title} ({kpiWords(o.kpis)}{o.status === 'draft' ? ', draft' : ''})
                      </option>
                    ))}
                  </optgroup>
                ))}
            </select>
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
              {byLevel.map((g) => (
                <option key={g.level} value={g.level}>
                  {LEVEL_LABEL[g.level]} ({g.goals.length === 1 ? '1 goal' : `${g.goals.length} goals`})
                </option>
              ))}
            </select>
            <span className="tl-small tl-subtle">Archived goals are left out; drafts show, marked as drafts.</span>
          </div>
        )}
      </fieldset>
      <div className="tl-row sc-actions">
        <button type="button" className="tl-button" onClick={onCancel}>Cancel</button>
        <button type="submit" className="tl-button tl-button--primary" disabled={!canSave}>Save</button>
      </div>
    </form>
  );
}
