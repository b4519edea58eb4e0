// Commit a goal to its parent, or raise a concern instead: the words (at most 1,000 characters, counted), sent as
// one conditional write. It takes focus when it opens and Escape closes it. A CONFLICT (someone committed for the
// goal meanwhile) shows what they wrote and lets the viewer send theirs on top.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { z } from 'zod';
import { agreementCalls, CommitmentView } from '../../../../src/shared/api/agreements';
import type { AppError } from '../../../../src/shared/errors';
import type { CommitmentState } from '../../../../src/shared/model/agreement';
import { toAppError } from '../../../kit/api/app-error';
import { call } from '../../../kit/api/invoke';
import { commitmentHeadline } from '../../../kit/ui/agreements/words';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { serverFieldErrors, validateCommitment } from './agreement-forms';
import { TextField } from './TextField';

const ConflictDetails = z.object({ current: CommitmentView });

interface Props {
  commitment: CommitmentView;
  state: CommitmentState;
  onSaved(view: CommitmentView): void;
  onCancel(): void;
  /** A CONFLICT whose other version is not in the answer: the page reads everything again. */
  onStale(): void;
}

export function CommitForm({ commitment, state, onSaved, onCancel, onStale }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [top, setTop] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const [theirs, setTheirs] = useState<CommitmentView | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  const parent = commitment.parent?.title ?? 'the parent goal';

  const send = async (expectedVersion: number | null) => {
    const found = validateCommitment(text, state);
    setError(found);
    if (found) return;
    setPending(true);
    setTop(null);
    try {
      onSaved(await call(agreementCalls.commit, { input: { goalId: commitment.goal.id, state, text: text.trim(), expectedVersion } }));
    } catch (e) {
      const err = toAppError(e);
      if (err.code === 'CONFLICT') {
        // Their version as the page shows it: in the answer when it is a view, else read again.
        const details = ConflictDetails.safeParse(err.details);
        const current = details.success
          ? details.data.current
          : await call(agreementCalls.forGoal, { goalId: commitment.goal.id }).then(
              (v) => v.commitment,
              () => null,
            );
        if (current) setTheirs(current);
        else onStale();
        return;
      }
      const placed = serverFieldErrors(err, ['text'] as const);
      setError(placed.fields.text);
      setTop(placed.fields.text && placed.top === null ? null : err);
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      className="tl-stack ag-form ag-commit-form"
      noValidate
      aria-busy={pending}
      aria-label={state === 'committed' ? `Commit to ${parent}` : `Raise a concern with ${parent}`}
      data-testid="commit-form"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        void send(theirs ? theirs.version : commitment.version);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !pending) onCancel();
      }}
    >
      {theirs && (
        <div className="sc-conflict tl-stack" role="alert" data-testid="commit-conflict">
          <strong>
            <span aria-hidden="true">⚠ </span>Someone else answered for this goal meanwhile
          </strong>
          <span>
            {commitmentHeadline(theirs)}
            {theirs.text ? `: “${theirs.text}”` : ''}
          </span>
          <span className="tl-small tl-subtle">Yours is not saved yet. Send it to replace theirs, or cancel to keep theirs.</span>
        </div>
      )}
      <TextField
        ref={field}
        id="ag-commit-text"
        label={state === 'committed' ? `What this goal commits to ${parent}` : `Your concern about ${parent}`}
        hint={
          state === 'committed'
            ? 'In a sentence the parent’s leader can hold you to, e.g. “30% of the parent’s target by the end of Q2”.'
            : 'What stands in the way, and what would help.'
        }
        value={text}
        onChange={(t) => {
          setText(t);
          if (error) setError(validateCommitment(t, state));
        }}
        error={error}
      />
      {top && <ErrorMessage error={top} />}
      <div className="tl-row">
        <button type="submit" className="tl-button tl-button--primary" disabled={pending}>
          {pending ? 'Saving…' : theirs ? 'Send mine instead' : state === 'committed' ? 'Commit' : 'Raise the concern'}
        </button>
        <button type="button" className="tl-button" onClick={onCancel} disabled={pending}>
          {theirs ? 'Keep theirs' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
