// "Ask for support": which goal is asked (searchable), what is needed (at most 1,000 characters, counted) and by
// when (four weeks out to start with, never before today). It takes focus when it opens, Escape closes it, and
// what the server refuses lands beside its field.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { agreementCalls, type SupportView } from '../../../../src/shared/api/agreements';
import type { AppError } from '../../../../src/shared/errors';
import type { GoalSummary } from '../../../../src/shared/model/goal';
import { toAppError } from '../../../kit/api/app-error';
import { call } from '../../../kit/api/invoke';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { afterProviderEnds, emptyAsk, providerOptions, serverFieldErrors, validateAsk, type AskErrors, type AskValues } from './agreement-forms';
import { DateField } from './DateField';
import { GoalPicker, type GoalPickerHandle } from '../../../kit/ui/GoalPicker';
import { TextField } from './TextField';

interface Props {
  from: { id: string; title: string };
  goals: readonly GoalSummary[];
  today: string;
  onSent(agreement: SupportView): void;
  onCancel(): void;
}

export function AskForm({ from, goals, today, onSent, onCancel }: Props) {
  const [values, setValues] = useState<AskValues>(() => emptyAsk(today));
  const [errors, setErrors] = useState<AskErrors>({});
  const [checked, setChecked] = useState(false);
  const [top, setTop] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const picker = useRef<GoalPickerHandle>(null);
  const askable = useMemo(() => providerOptions(goals, from.id), [goals, from.id]);
  const formRef = useRef<HTMLFormElement>(null);
  /** Brings the first reason into view by focusing its field, once the errors are drawn. */
  const focusFirstError = () => setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
  useEffect(() => picker.current?.focus(), []);

  const change = (patch: Partial<AskValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    if (checked) setErrors(validateAsk(next, from.id, today));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    const found = validateAsk(values, from.id, today);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    setPending(true);
    setTop(null);
    try {
      onSent(
        await call(agreementCalls.propose, { input: { fromGoalId: from.id, toGoalId: values.toGoalId, ask: values.ask.trim(), neededBy: values.neededBy } }),
      );
    } catch (err) {
      const error = toAppError(err);
      const placed = serverFieldErrors(error, ['toGoalId', 'ask', 'neededBy'] as const);
      setErrors(placed.fields);
      setTop(Object.keys(placed.fields).length > 0 && placed.top === null ? null : error);
      if (Object.keys(placed.fields).length > 0) focusFirstError();
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      ref={formRef}
      className="tl-card tl-stack ag-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !pending) onCancel();
      }}
      noValidate
      aria-busy={pending}
      aria-labelledby="ag-ask-title"
      data-testid="ask-form"
    >
      <h3 id="ag-ask-title">Ask another goal for support</h3>
      <p className="tl-small tl-subtle">
        <strong>{from.title}</strong> will rely on the goal you ask. Its leader or manager accepts, counters with another date or terms, or declines.
      </p>
      <GoalPicker
        ref={picker}
        id="ag-provider"
        label="Goal to ask"
        goals={askable}
        noneWords="There is no other goal to ask."
        value={values.toGoalId}
        onChange={(toGoalId) => change({ toGoalId })}
        error={errors.toGoalId}
      />
      <TextField
        id="ag-ask"
        label="What you need"
        hint="Say what, and what “done” looks like, e.g. “the ingestion API, load-tested at 2,000 events a second”."
        value={values.ask}
        onChange={(ask) => change({ ask })}
        error={errors.ask}
      />
      <DateField
        id="ag-needed-by"
        label="Needed by"
        value={values.neededBy}
        today={today}
        onChange={(neededBy) => change({ neededBy })}
        error={errors.neededBy}
        warning={afterProviderEnds(
          values.neededBy,
          askable.find((g) => g.id === values.toGoalId),
        )}
      />
      {top && <ErrorMessage error={top} />}
      <div className="tl-row">
        <button type="submit" className="tl-button tl-button--primary" disabled={pending}>
          {pending ? 'Sending…' : 'Send the request'}
        </button>
        <button type="button" className="tl-button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
