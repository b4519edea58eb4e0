// Picks a goal, wherever one is chosen: a combobox that filters the goals given as you type (no call), grouped by
// level, with one goal first when given (the project's own). It opens on click, on typing and on the arrow keys;
// arrows (and Home/End) move, Enter picks, Escape closes (a second Escape reaches the form). At most PICKER_LIMIT
// options are drawn, so it stays quick with a thousand goals. A chosen goal shows as a chip with "Change".
import { forwardRef, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { moveActive, outsideMatch, pickerModel, pickerStatus, type PickerGoal } from './goal-picker';

interface Props {
  id: string;
  label: string;
  goals: readonly PickerGoal[];
  value: string;
  onChange(goalId: string): void;
  /** A line under the label (e.g. which goals are offered). */
  hint?: string | undefined;
  error?: string | undefined;
  /** A goal shown first, in its own group. */
  firstId?: string | null | undefined;
  firstLabel?: string | undefined;
  /** What to say when there is no goal at all to choose. */
  noneWords?: string | undefined;
  /** A few words after an option's title (e.g. its KPI count). */
  detail?: ((goal: PickerGoal) => string) | undefined;
  /** Test id of the error line (forms name it after their field). */
  errorTestId?: string | undefined;
  /** Goals the form leaves out for now (below the level chosen): when what was typed matches none offered but one of
   *  these, the picker says why it is not offered and offers to pick it, the form changing what left it out. */
  outside?: { goals: readonly PickerGoal[]; why(goal: PickerGoal): string; pickLabel(goal: PickerGoal): string; onPick(goal: PickerGoal): void } | undefined;
}

export interface GoalPickerHandle {
  focus(): void;
}

export const GoalPicker = forwardRef<GoalPickerHandle, Props>(function GoalPicker(
  { id, label, goals, value, onChange, hint, error, firstId, firstLabel, noneWords, detail, errorTestId, outside },
  ref,
) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => (input.current ?? change.current)?.focus() }), []);
  const model = useMemo(() => pickerModel(goals, text, { firstId, ...(firstLabel ? { firstLabel } : {}) }), [goals, text, firstId, firstLabel]);
  const chosen = value ? goals.find((g) => g.id === value) : undefined;
  const listId = `${id}-list`;
  const optionId = (i: number) => `${id}-opt-${i}`;
  const shown = open && model.options.length > 0;
  const beyond = outside ? outsideMatch(model, outside.goals, text) : null;

  const pick = (g: PickerGoal) => {
    onChange(g.id);
    setText('');
    setOpen(false);
    setActive(-1);
    setTimeout(() => change.current?.focus(), 0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const n = model.options.length;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp' || ((e.key === 'Home' || e.key === 'End') && open)) {
      e.preventDefault();
      setOpen(true);
      setActive((i) => moveActive(i, n, e.key as 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'));
    } else if (e.key === 'Enter') {
      const g = model.options[active];
      if (open && g) {
        e.preventDefault();
        pick(g);
      }
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };
  const describedBy = [hint ? `${id}-hint` : '', `${id}-status`, error ? `${id}-error` : ''].filter(Boolean).join(' ');
  let index = -1;
  return (
    <div className="tl-field tl-picker">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="tl-small tl-subtle" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {chosen ? (
        <div className="tl-picker-person" data-testid={`${id}-chosen`}>
          <span className="tl-small tl-subtle">{LEVEL_LABEL[chosen.level]}</span>
          <span id={id}>
            {chosen.title}
            {chosen.status === 'draft' ? ' (draft)' : ''}
          </span>
          <button
            ref={change}
            type="button"
            className="tl-button tl-picker-clear"
            onClick={() => {
              onChange('');
              setTimeout(() => {
                input.current?.focus();
                setOpen(true);
              }, 0);
            }}
            aria-label={`Change the goal (${chosen.title})`}
          >
            Change
          </button>
        </div>
      ) : (
        <div className="tl-picker-combo">
          <input
            ref={input}
            id={id}
            className="tl-input"
            type="text"
            role="combobox"
            autoComplete="off"
            placeholder="Search goals by title"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setActive(0);
              setOpen(true);
            }}
            onClick={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            aria-expanded={shown}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={shown && model.options[active] ? optionId(active) : undefined}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
          />
          {shown && (
            <ul className="tl-picker-options" id={listId} role="listbox" aria-label="Matching goals">
              {model.groups.map((group) => (
                <li key={group.key} role="presentation">
                  <div className="tl-picker-group tl-small" id={`${id}-group-${group.key}`} role="presentation">
                    {group.label}
                  </div>
                  <ul role="group" aria-labelledby={`${id}-group-${group.key}`} className="tl-picker-group-options">
                    {group.goals.map((g) => {
                      index += 1;
                      const i = index;
                      return (
                        <li
                          key={g.id}
                          id={optionId(i)}
                          role="option"
                          aria-selected={i === active}
                          className={`tl-picker-option${i === active ? ' tl-picker-option--active' : ''}`}
                          // mousedown, not click: it lands before the input's blur closes the list.
                          onMouseDown={(e) => {
                            e.preventDefault();
                            pick(g);
                          }}
                        >
                          {g.title}
                          {(detail || g.status === 'draft') && (
                            <span className="tl-small tl-subtle">
                              {detail ? ` · ${detail(g)}` : ''}
                              {g.status === 'draft' ? ' · draft' : ''}
                            </span>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          )}
          <span className="tl-small tl-subtle" id={`${id}-status`} aria-live="polite">
            {beyond && outside ? outside.why(beyond) : pickerStatus(model, text, noneWords)}
          </span>
          {beyond && outside && (
            <button
              type="button"
              className="tl-button tl-picker-outside"
              data-testid={`${id}-outside`}
              onClick={() => {
                setText('');
                setOpen(false);
                outside.onPick(beyond);
                setTimeout(() => change.current?.focus(), 0);
              }}
            >
              {outside.pickLabel(beyond)}
            </button>
          )}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="tl-field-error" data-testid={errorTestId ?? `${id}-error`}>
          ✕ {error}
        </p>
      )}
    </div>
  );
});
