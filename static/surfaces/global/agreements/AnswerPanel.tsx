// The answers the viewer may give one agreement (from the server's `can`): one button each. Accept is sent at
// once; an answer that needs words or a date opens a small form that takes focus, closes with Escape and gives
// focus back to its button. A CONFLICT shows the other person's answer and lets the viewer send theirs again.
import { useEffect, useRef, useState } from 'react';
import { z } from 'zod';
import { agreementCalls, SupportView } from '../../../../src/shared/api/agreements';
import type { AppError } from '../../../../src/shared/errors';
import type { SupportAnswer } from '../../../../src/shared/model/agreement';
import { toAppError } from '../../../kit/api/app-error';
import { call } from '../../../kit/api/invoke';
import { answerChoices, answerHint, answerTextLabel, type AnswerChoice } from '../../../kit/ui/agreements/words';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { answerOf, addDays, serverFieldErrors, standingFlagText, validateAnswer, type AnswerErrors, type AnswerValues } from './agreement-forms';
import { AnswerConflict } from './AnswerConflict';
import { DateField } from './DateField';
import { TextField } from './TextField';

const ConflictDetails = z.object({ current: SupportView });

interface Props {
  agreement: SupportView;
  /** The side of the goal whose page this is: only its actions are offered here. */
  pageSide: 'asker' | 'provider';
  today: string;
  /** `kept-theirs`: the viewer chose the other person's answer after a CONFLICT. */
  onAnswered(agreement: SupportView, what: SupportAnswer['action'] | 'kept-theirs'): void;
  /** Someone else answered first: the agreement as it now is, for the card to show while the viewer decides. */
  onConflict?(current: SupportView): void;
}

export function AnswerPanel({ agreement, pageSide, today, onAnswered, onConflict }: Props) {
  const choices = answerChoices(agreement, pageSide);
  const [open, setOpen] = useState<AnswerChoice | null>(null);
  const [values, setValues] = useState<AnswerValues>({ text: '', neededBy: '' });
  const [errors, setErrors] = useState<AnswerErrors>({});
  const [pending, setPending] = useState(false);
  const [top, setTop] = useState<AppError | null>(null);
  const [conflict, setConflict] = useState<{ current: SupportView; mine: SupportAnswer } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const firstField = useRef<HTMLTextAreaElement>(null);
  const returnTo = useRef<string | null>(null);

  useEffect(() => {
    if (open) firstField.current?.focus();
  }, [open]);

  if (choices.length === 0) return null;

  const close = () => {
    setOpen(null);
    setErrors({});
    setTop(null);
    const back = returnTo.current;
    setTimeout(() => (back ? buttons.current.get(back)?.focus() : undefined), 0);
  };

  const send = async (answer: SupportAnswer, expectedVersion: number) => {
    setPending(true);
    setTop(null);
    try {
      const result = await call(agreementCalls.answer, { id: agreement.id, expectedVersion, answer });
      setConflict(null);
      setOpen(null);
      onAnswered(result, answer.action);
    } catch (e) {
      const error = toAppError(e);
      if (error.code === 'CONFLICT') {
        const details = ConflictDetails.safeParse(error.details);
        const current = details.success ? details.data.current : await call(agreementCalls.get, { id: agreement.id }).catch(() => null);
        if (current) {
          setConflict({ current, mine: answer });
          onConflict?.(current);
          return;
        }
      }
      const placed = serverFieldErrors(error, ['text', 'neededBy'] as const);
      setErrors(placed.fields);
      setTop(Object.keys(placed.fields).length > 0 && placed.top === null ? null : error);
    } finally {
      setPending(false);
    }
  };

  const start = (choice: AnswerChoice) => {
    returnTo.current = choice.action;
    setTop(null);
    if (choice.needs === 'nothing') {
      void send(answerOf(choice, values), agreement.version);
      return;
    }
    setValues({
      // Updating a risk starts from the words that stand.
      text: choice.action === 'flag' ? standingFlagText(agreement) : '',
      neededBy: choice.action === 'counter' ? addDays(agreement.neededBy < today ? today : agreement.neededBy, 14) : '',
    });
    setErrors({});
    setOpen(choice);
  };

  const submit = () => {
    if (!open) return;
    const found = validateAnswer(open, values, today);
    setErrors(found);
    if (Object.keys(found).length === 0) void send(answerOf(open, values), agreement.version);
    else if (found.text) firstField.current?.focus();
    else document.getElementById(`ag-answer-date-${agreement.id}`)?.focus();
  };

  if (conflict) {
    return (
      <AnswerConflict
        current={conflict.current}
        mine={conflict.mine}
        pageSide={pageSide}
        pending={pending}
        onSendMine={() => void send(conflict.mine, conflict.current.version)}
        onKeepTheirs={() => {
          const theirs = conflict.current;
          setConflict(null);
          setOpen(null);
          onAnswered(theirs, 'kept-theirs');
        }}
      />
    );
  }

  return (
    <div className="tl-stack ag-answer tl-noprint">
      <div className="tl-row" role="group" aria-label={`Answer: ${agreement.to.title} for ${agreement.from.title}`}>
        {choices.map((c) => (
          <button
            key={c.action}
            ref={(el) => {
              if (el) buttons.current.set(c.action, el);
              else buttons.current.delete(c.action);
            }}
            type="button"
            className={`tl-button${c.primary ? ' tl-button--primary' : ''}`}
            aria-expanded={c.needs === 'nothing' ? undefined : open?.action === c.action}
            disabled={pending}
            onClick={() => (open?.action === c.action ? close() : start(c))}
            data-testid={`answer-${c.action}`}
          >
            {pending && returnTo.current === c.action && c.needs === 'nothing' ? 'Sending…' : c.label}
          </button>
        ))}
      </div>
      {open && (
        <form
          className="tl-stack ag-answer-form"
          noValidate
          aria-busy={pending}
          aria-label={open.label}
          data-testid="answer-form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !pending) close();
          }}
        >
          <TextField
            ref={firstField}
            id={`ag-answer-text-${agreement.id}`}
            label={answerTextLabel(open.action)}
            value={values.text}
            onChange={(text) => setValues((v) => ({ ...v, text }))}
            error={errors.text}
            rows={2}
          />
          {answerHint(open.action, agreement.state) && (
            <p className="tl-small tl-subtle" data-testid="answer-hint">
              {answerHint(open.action, agreement.state)}
            </p>
          )}
          {open.needs === 'terms-and-date' && (
            <DateField
              id={`ag-answer-date-${agreement.id}`}
              label="Needed by (your date)"
              value={values.neededBy}
              today={today}
              onChange={(neededBy) => setValues((v) => ({ ...v, neededBy }))}
              error={errors.neededBy}
            />
          )}
          <div className="tl-row">
            <button type="submit" className="tl-button tl-button--primary" disabled={pending}>
              {pending ? 'Sending…' : open.action === 'counter' ? (agreement.state === 'accepted' ? 'Send the new terms' : 'Send the counter') : open.label}
            </button>
            <button type="button" className="tl-button" onClick={close} disabled={pending}>
              Cancel
            </button>
          </div>
        </form>
      )}
      {top && <ErrorMessage error={top} />}
    </div>
  );
}
