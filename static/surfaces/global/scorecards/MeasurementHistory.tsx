// A KPI's latest values, newest first, with who recorded each; those who may record can correct or delete one.
// Both name the recording they saw, so a value changed meanwhile is refused (CONFLICT) instead of overwritten. A
// correction is typed as a recording is ("94,5 %"), Enter saves it and Escape leaves it, and a value that looks like a
// slip is saved only once "Save anyway" confirms it.
import { useState, type KeyboardEvent } from 'react';
import { scorecardCalls } from '../../../../src/shared/api/scorecards';
import { APP_ACTOR, type Kpi, type Measurement } from '../../../../src/shared/model/kpi';
import { useCall } from '../../../kit/api/useCall';
import { useMutation } from '../../../kit/api/mutation';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { day, withUnit } from '../../../kit/ui/scorecard/words';
import { implausible, valueOf } from './kpi-form';

const SHOWN = 12;

interface Props {
  kpi: Kpi;
  canChange: boolean;
  names: ReadonlyMap<string, string>;
  onChanged(): void;
}

export function MeasurementHistory({ kpi, canChange, names, onChanged }: Props) {
  const { state, retry } = useCall(scorecardCalls.measurements, { kpiId: kpi.id });
  const [editing, setEditing] = useState<{ id: string; value: string; note: string; problem?: string; doubtOf?: number } | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const correct = useMutation(scorecardCalls.correct);
  const remove = useMutation(scorecardCalls.deleteMeasurement);
  const done = () => {
    setEditing(null);
    setDeleting(null);
    retry();
    onChanged();
  };
  if (state.status === 'loading') return <Loading label={`Loading the values of ${kpi.name}…`} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  const who = (m: Measurement) => (m.by === APP_ACTOR ? 'Automatic' : (names.get(m.by) ?? 'Someone else'));
  const ref = (m: Measurement) => ({ kpiId: kpi.id, id: m.id, expectedRecordedAt: m.recordedAt });
  const error = correct.error ?? remove.error;
  const saveCorrection = (m: Measurement, others: readonly Measurement[]) => {
    if (!editing) return;
    const value = valueOf(editing.value, kpi.unit);
    if (!Number.isFinite(value)) {
      setEditing({ ...editing, problem: kpi.unit ? `Enter a number, such as 95 or 95 ${kpi.unit}` : 'Enter a number', doubtOf: undefined });
      return;
    }
    const latest = others.find((o) => o.id !== m.id)?.value ?? null;
    const words = implausible(value, kpi, latest);
    if (words && editing.doubtOf !== value) {
      setEditing({ ...editing, problem: `${words} Check it, or save it anyway.`, doubtOf: value });
      return;
    }
    void correct.run({ ...ref(m), value, note: editing.note }).then((out) => out && done());
  };
  const keys = (m: Measurement, others: readonly Measurement[]) => (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      saveCorrection(m, others);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setEditing(null);
    }
  };
  return (
    <div className="kp-history tl-stack" data-testid="kpi-history">
      {state.data.length === 0 ? (
        <p className="tl-subtle">No values recorded yet.</p>
      ) : (
        <table className="kp-history-table">
          <caption className="tl-visually-hidden">Latest values of {kpi.name}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Value</th>
              <th scope="col">Note</th>
              <th scope="col">Recorded by</th>
              {canChange && (
                <th scope="col">
                  <span className="tl-visually-hidden">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {state.data.slice(0, SHOWN).map((m) => (
              <tr key={m.id}>
                <td>{day(m.date)}</td>
                {editing?.id === m.id ? (
                  <>
                    <td>
                      <input
                        className="tl-input kp-narrow"
                        aria-label="Corrected value"
                        inputMode="decimal"
                        autoFocus
                        value={editing.value}
                        onChange={(e) => setEditing({ ...editing, value: e.target.value, problem: undefined, doubtOf: undefined })}
                        onKeyDown={keys(m, state.data)}
                        aria-invalid={editing.problem && editing.doubtOf === undefined ? true : undefined}
                        aria-describedby={editing.problem ? `kp-correct-${m.id}` : undefined}
                      />
                      {editing.problem && (
                        <p
                          id={`kp-correct-${m.id}`}
                          className={editing.doubtOf === undefined ? 'tl-field-error' : 'tl-field-warning'}
                          role="alert"
                          data-testid="correct-problem"
                        >
                          {editing.doubtOf === undefined ? '✕' : '⚠'} {editing.problem}
                        </p>
                      )}
                    </td>
                    <td>
                      <input
                        className="tl-input"
                        aria-label="Note"
                        value={editing.note}
                        onChange={(e) => setEditing({ ...editing, note: e.target.value })}
                        onKeyDown={keys(m, state.data)}
                      />
                    </td>
                  </>
                ) : (
                  <>
                    <td>{withUnit(m.value, kpi.unit)}</td>
                    <td>{m.note}</td>
                  </>
                )}
                <td>{who(m)}</td>
                {canChange && (
                  <td className="kp-history-actions">
                    {editing?.id === m.id ? (
                      <>
                        <button
                          type="button"
                          className="tl-button tl-button--primary kp-small"
                          disabled={correct.pending}
                          onClick={() => saveCorrection(m, state.data)}
                        >
                          {editing.doubtOf !== undefined ? 'Save anyway' : 'Save'}
                        </button>
                        <button type="button" className="tl-button kp-small" onClick={() => setEditing(null)}>
                          Cancel
                        </button>
                      </>
                    ) : deleting === m.id ? (
                      <>
                        <span className="tl-small">Delete this value?</span>
                        <button
                          type="button"
                          className="tl-button kp-small kp-danger"
                          disabled={remove.pending}
                          onClick={() => void remove.run(ref(m)).then((out) => out && done())}
                        >
                          Delete
                        </button>
                        <button type="button" className="tl-button kp-small" onClick={() => setDeleting(null)}>
                          Keep
                        </button>
                      </>
                    ) : (
                      <>
                        <button
                          type="button"
                          className="tl-button kp-small kp-subtle"
                          onClick={() => setEditing({ id: m.id, value: String(m.value), note: m.note })}
                          aria-label={`Correct the value of ${day(m.date)}`}
                        >
                          Correct
                        </button>
                        <button
                          type="button"
                          className="tl-button kp-small kp-subtle"
                          onClick={() => setDeleting(m.id)}
                          aria-label={`Delete the value of ${day(m.date)}`}
                        >
                          Delete
                        </button>
                      </>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.data.length > SHOWN && (
        <p className="tl-small tl-subtle">
          Showing the latest {SHOWN} of {state.data.length}.
        </p>
      )}
      {error && <ErrorMessage error={error} onRetry={done} />}
    </div>
  );
}
