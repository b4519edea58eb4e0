// Picks the goal to ask for support: a combobox that narrows the goals the viewer can see as they type (words in
// any order), by keyboard and mouse, each option with its level, then shows the chosen goal with a way to change
// it. The goals come from the catalog the page already holds, so searching costs no call.
import { forwardRef, useImperativeHandle, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import type { GoalSummary } from '../../../../src/shared/model/goal';
import { FieldError } from '../FieldError';
import { providerOptions } from './agreement-forms';

const MAX_SHOWN = 8;

interface Props {
  id: string;
  label: string;
  goals: readonly GoalSummary[];
  /** The goal that asks: never offered. */
  exceptId: string;
  value: string;
  onChange(goalId: string): void;
  error?: string | undefined;
}

export interface GoalPickerHandle {
  focus(): void;
}

export const GoalPicker = forwardRef<GoalPickerHandle, Props>(function GoalPicker({ id, label, goals, exceptId, value, onChange, error }, ref) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const change = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => (input.current ?? change.current)?.focus() }), []);
  const all = useMemo(() => providerOptions(goals, exceptId, text), [goals, exceptId, text]);
  const shown = all.slice(0, MAX_SHOWN);
  const chosen = value ? goals.find((g) => g.id === value) : undefined;
  const listId = `${id}-list`;

  const pick = (g: GoalSummary) => {
    onChange(g.id);
    setText('');
    setOpen(false);
    setTimeout(() => change.current?.focus(), 0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (shown.length > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length);
    } else if (e.key === 'Enter') {
      const g = shown[active];
      if (open && g) {
        e.preventDefault();
        pick(g);
      }
    } else if (e.key === 'Escape' && open) {
      // The first Escape closes the list; the next one reaches the form (which closes).
      e.stopPropagation();
      setOpen(false);
    }
  };

  return (
    <div className="tl-field tl-picker">
      <label htmlFor={id}>{label}</label>
      {chosen ? (
        <div className="tl-picker-person" data-testid={`${id}-chosen`}>
          <span className="tl-small tl-subtle">{LEVEL_LABEL[chosen.level]}</span>
          <span id={id}>{chosen.title}</span>
          <button
            ref={change}
            type="button"
            className="tl-button tl-picker-clear"
            onClick={() => {
              onChange('');
              setTimeout(() => input.current?.focus(), 0);
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
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            aria-expanded={open && shown.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && shown[active] ? `${id}-opt-${active}` : undefined}
            aria-describedby={`${id}-status${error ? ` ${id}-error` : ''}`}
            aria-invalid={error ? true : undefined}
          />
          {open && shown.length > 0 && (
            <ul className="tl-picker-options" id={listId} role="listbox" aria-label="Goals">
              {shown.map((g, i) => (
                <li
                  key={g.id}
                  id={`${id}-opt-${i}`}
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
                  <span className="tl-small tl-subtle">
                    {' '}
                    · {LEVEL_LABEL[g.level]}
                    {g.status === 'draft' ? ' · draft' : ''}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <span className="tl-small tl-subtle" id={`${id}-status`} aria-live="polite">
            {all.length === 0
              ? text.trim()
                ? `No goal matches “${text.trim()}”.`
                : 'There is no other goal to ask.'
              : all.length > MAX_SHOWN
                ? `${all.length} goals; type to narrow them.`
                : ''}
          </span>
        </div>
      )}
      <FieldError id={`${id}-error`} text={error} />
    </div>
  );
});
