// Records a KPI's value inline, in its scorecard row: today is filled in and the value field has focus, so
// recording takes two clicks ("Record", then "Save"). Recording a day that has a value replaces it, and says so. A value
// that looks like a slip (940 for a share in %) is saved only once "Save anyway" confirms it.
import { useState, type FormEvent } from 'react';
import { scorecardCalls, type RecordResult } from '../../../../src/shared/api/scorecards';
import type { Kpi, SeriesPoint } from '../../../../src/shared/model/kpi';
import { useMutation } from '../../../kit/api/mutation';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { fieldErrors } from './field-errors';
import { implausible, valueOf } from './kpi-form';
import { withUnit } from '../../../kit/ui/scorecard/words';
import { useEditorFocus } from '../../../kit/ui/useEditorFocus';

interface Props {
  kpi: Kpi;
  points: readonly SeriesPoint[];
  today: string;
  onSaved(result: RecordResult): void;
  onCancel(): void;
}

export function RecordForm({ kpi, points, today, onSaved, onCancel }: Props) {
  const editor = useEditorFocus<HTMLFormElement>(onCancel);
  const [date, setDate] = useState(today);
  const [value, setValue] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<string | null>(null);
  // The doubt about the value as typed, shown once; sending the same value again saves it.
  const [doubt, setDoubt] = useState<{ value: number; words: string } | null>(null);
  const { run, pending, error } = useMutation(scorecardCalls.record);
  const errors = fieldErrors(error);
  const existing = points.find((p) => p.date === date);
  const id = `record-${kpi.id}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const n = valueOf(value, kpi.unit);
    if (!Number.isFinite(n)) {
      setLocal(kpi.unit ? `Enter a number, such as 95 or 95 ${kpi.unit}` : 'Enter a number');
      return;
    }
    setLocal(null);
    const latest =
      [...points]
        .filter((p) => p.date !== date)
        .sort((a, b) => a.date.localeCompare(b.date))
        .at(-1)?.value ?? null;
    const words = implausible(n, kpi, latest);
    if (words && doubt?.value !== n) {
      setDoubt({ value: n, words });
      return;
    }
    const out = await run({ kpiId: kpi.id, input: { date, value: n, note } });
    if (out) onSaved(out);
  };

  const valueError = local ?? errors.value;
  return (
    <form
      ref={editor.ref}
      onKeyDown={editor.onKeyDown}
      className="kp-record"
      onSubmit={(e) => void submit(e)}
      aria-label={`Record a value of ${kpi.name}`}
      data-testid="record-form"
    >
      <div className="tl-field">
        <label htmlFor={`${id}-value`}>Value{kpi.unit ? ` (${kpi.unit})` : ''}</label>
        <input
          id={`${id}-value`}
          className="tl-input kp-record-value"
          inputMode="decimal"
          autoFocus
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setDoubt(null);
          }}
          aria-invalid={valueError ? true : undefined}
          aria-describedby={valueError ? `${id}-value-error` : doubt ? `${id}-value-doubt` : undefined}
        />
        {valueError && (
          <p id={`${id}-value-error`} className="tl-field-error">
            ✕ {valueError}
          </p>
        )}
        {!valueError && doubt && (
          <p id={`${id}-value-doubt`} className="tl-field-warning" role="alert" data-testid="record-doubt">
            ⚠ {doubt.words} Check it, or save it anyway.
          </p>
        )}
      </div>
      <div className="tl-field">
        <label htmlFor={`${id}-date`}>Date</label>
        <input
          id={`${id}-date`}
          className="tl-input"
          type="date"
          value={date}
          max={today}
          min={kpi.baseline.date}
          onChange={(e) => setDate(e.target.value)}
          aria-invalid={errors.date ? true : undefined}
        />
        {errors.date && <p className="tl-field-error">✕ {errors.date}</p>}
      </div>
      <div className="tl-field kp-record-note">
        <label htmlFor={`${id}-note`}>Note (optional)</label>
        <input id={`${id}-note`} className="tl-input" maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <div className="kp-record-actions">
        <button type="submit" className="tl-button tl-button--primary" disabled={pending}>
          {pending ? 'Saving…' : doubt ? 'Save anyway' : 'Save'}
        </button>
        <button type="button" className="tl-button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
      {existing && <p className="tl-small tl-subtle kp-record-hint">This replaces the value recorded for that day, {withUnit(existing.value, kpi.unit)}.</p>}
      {error && error.code !== 'VALIDATION' && <ErrorMessage error={error} />}
      {error && error.code === 'VALIDATION' && Object.keys(errors).length === 0 && <p className="tl-field-error">✕ {error.message}</p>}
    </form>
  );
}
