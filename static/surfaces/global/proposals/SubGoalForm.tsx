// The sub-goal form of a goal's page, in three modes: added directly (the goal's leader or manager, or a strategy
// editor: active at once), proposed (anyone else who can see the goal: its leader or manager decides), and a Self
// goal proposed for oneself (the reader leads and manages it; level Self). The server checks everything again.
import { useId, useState, type FormEvent } from 'react';
import { catalogCalls, type UserRef } from '../../../../src/shared/api/catalog';
import { proposalCalls } from '../../../../src/shared/api/proposals';
import { LEVEL_LABEL, type Level } from '../../../../src/shared/levels';
import { GOAL_DESCRIPTION_MAX, GOAL_TITLE_MAX } from '../../../../src/shared/model/goal';
import { call } from '../../../kit/api/invoke';
import { useMutation } from '../../../kit/api/mutation';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { UserPicker } from '../../../kit/ui/UserPicker';
import { FieldError } from '../FieldError';
import { fieldErrors } from '../scorecards/field-errors';

export type SubGoalMode = 'add' | 'propose' | 'self';

const searchPeople = (query: string) => call(catalogCalls.searchUsers, { query });

const HEADING: Record<SubGoalMode, string> = { add: 'Add a sub-goal', propose: 'Propose a sub-goal', self: 'Propose a Self goal' };
const SUBMIT: Record<SubGoalMode, string> = { add: 'Add the sub-goal', propose: 'Send the proposal', self: 'Send the proposal' };

interface Props {
  parentId: string;
  parentTitle: string;
  mode: SubGoalMode;
  levels: Level[];
  /** The reader, who leads and manages a Self goal they propose. */
  me: string | null;
  onDone(text: string): void;
  onCancel(): void;
}

export function SubGoalForm({ parentId, parentTitle, mode, levels: below, me, onDone, onCancel }: Props) {
  const id = useId();
  // A Self goal is proposed only by the person it is for, in its own form ('self').
  const levels = mode === 'propose' ? below.filter((l) => l !== 'self') : below;
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [level, setLevel] = useState<Level>(mode === 'self' ? 'self' : (levels[0] ?? 'self'));
  const [leader, setLeader] = useState<UserRef | null>(null);
  const [manager, setManager] = useState<UserRef | null>(null);
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const add = useMutation(proposalCalls.addSubGoal);
  const propose = useMutation(proposalCalls.propose);
  const pending = add.pending || propose.pending;
  const error = add.error ?? propose.error;
  const self = mode === 'self';
  // A Self goal added for someone: one person leads and manages it.
  const onePerson = !self && level === 'self';
  // A refusal about a field is said beside it; anything else under the buttons.
  const fields = fieldErrors(error);
  const titleError = fields['title'];
  const datesError = fields['timeframe'] ?? fields['timeframe.start'] ?? fields['timeframe.end'];
  const placed = titleError !== undefined || datesError !== undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = {
      title,
      description,
      level,
      leaderId: self ? me : (leader?.accountId ?? null),
      managerId: self ? me : onePerson ? (leader?.accountId ?? null) : (manager?.accountId ?? null),
      timeframe: { start: start || null, end: end || null },
    };
    if (mode === 'add') {
      const made = await add.run({ parentId, input });
      if (made) onDone(`Added “${made.title}” under “${parentTitle}”: it is active now.`);
    } else {
      const sent = await propose.run({ parentId, input });
      if (sent)
        onDone(
          sent.parent.orphan
            ? `Proposed “${sent.title}”: “${parentTitle}” has no leader or manager, so a strategy editor will approve or decline it.`
            : `Proposed “${sent.title}”: the leader or manager of “${parentTitle}” will approve or decline it.`,
        );
    }
  };

  return (
    <form className="tl-stack pr-form" onSubmit={(e) => void submit(e)} aria-label={HEADING[mode]} data-testid="sub-goal-form" data-mode={mode}>
      <h3>{HEADING[mode]}</h3>
      {self && <p className="tl-small tl-subtle">A Self goal is yours: you lead it and you manage it (self-leadership, self-management).</p>}
      <div className="tl-field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input
          id={`${id}-title`}
          className="tl-input"
          value={title}
          maxLength={GOAL_TITLE_MAX}
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={titleError !== undefined}
          aria-describedby={titleError ? `${id}-title-error` : undefined}
          data-testid="sub-goal-title"
        />
        <FieldError id={`${id}-title-error`} text={titleError} />
      </div>
      <div className="tl-field">
        <label htmlFor={`${id}-description`}>Description (optional)</label>
        <textarea
          id={`${id}-description`}
          className="tl-textarea"
          rows={3}
          value={description}
          maxLength={GOAL_DESCRIPTION_MAX}
          onChange={(e) => setDescription(e.target.value)}
        />
      </div>
      {!self && levels.length === 1 && (
        <p className="tl-small" data-testid="sub-goal-only-level">
          Level: <strong>{LEVEL_LABEL[levels[0]!]}</strong>, the only level that can follow “{parentTitle}”.
        </p>
      )}
      {!self && levels.length > 1 && (
        <div className="tl-field">
          <label htmlFor={`${id}-level`}>Level</label>
          <select id={`${id}-level`} className="tl-select" value={level} onChange={(e) => setLevel(e.target.value as Level)} data-testid="sub-goal-level">
            {levels.map((l) => (
              <option key={l} value={l}>
                {LEVEL_LABEL[l]}
              </option>
            ))}
          </select>
          <span className="tl-small tl-subtle">Any level below this goal; skipping one is allowed.</span>
        </div>
      )}
      {onePerson && (
        <UserPicker
          id={`${id}-person`}
          label="Whose goal it is"
          hint="A Self goal is one person’s: they lead it and manage it"
          search={searchPeople}
          value={leader}
          onChange={setLeader}
        />
      )}
      {!self && !onePerson && (
        <>
          <UserPicker id={`${id}-leader`} label="Leader" hint="Sets the direction" search={searchPeople} value={leader} onChange={setLeader} />
          <UserPicker id={`${id}-manager`} label="Manager" hint="Makes sure it gets done" search={searchPeople} value={manager} onChange={setManager} />
        </>
      )}
      <div className="pr-dates">
        <div className="tl-field">
          <label htmlFor={`${id}-start`}>Starts (optional)</label>
          <input id={`${id}-start`} type="date" className="tl-input" value={start} onChange={(e) => setStart(e.target.value)} />
        </div>
        <div className="tl-field">
          <label htmlFor={`${id}-end`}>Ends (optional)</label>
          <input
            id={`${id}-end`}
            type="date"
            className="tl-input"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
            aria-invalid={datesError !== undefined}
            aria-describedby={datesError ? `${id}-dates-error` : undefined}
          />
        </div>
      </div>
      <FieldError id={`${id}-dates-error`} text={datesError} />
      {onePerson && leader === null && (
        <p id={`${id}-person-needed`} className="tl-small tl-subtle">
          Choose whose goal it is from the list to add it.
        </p>
      )}
      <div className="tl-row">
        <button
          type="submit"
          className="tl-button tl-button--primary"
          disabled={pending || title.trim() === '' || (self && !me) || (onePerson && leader === null)}
          aria-describedby={onePerson && leader === null ? `${id}-person-needed` : undefined}
          data-testid="sub-goal-submit"
        >
          {pending ? 'Saving…' : SUBMIT[mode]}
        </button>
        <button type="button" className="tl-button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
      {error && !placed && <ErrorMessage error={error} />}
    </form>
  );
}
