// Creates, edits or deletes a KPI of a goal (strategy editors). A stale edit comes back as CONFLICT: the editor
// says so and offers to start again from what is stored now.
import { useState, type FormEvent } from 'react';
import { scorecardCalls } from '../../../../src/shared/api/scorecards';
import type { Kpi } from '../../../../src/shared/model/kpi';
import { useMutation } from '../../../kit/api/mutation';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { fieldErrors } from './field-errors';
import { formOf, inputOf, localProblems, targetDateWarning, type KpiForm } from './kpi-form';
import { KpiFields } from './KpiFields';
import { useEditorFocus } from '../../../kit/ui/useEditorFocus';

interface Props {
  goalId: string;
  kpi: Kpi | null;
  today: string;
  /** The day the goal ends, if it has one: a target date after it is pointed out. */
  goalEnds?: string | null | undefined;
  /** Closes the editor; with a message when something was saved. */
  onClose(message?: string): void;
}

export function KpiEditor({ goalId, kpi, today, goalEnds, onClose }: Props) {
  const editor = useEditorFocus<HTMLFormElement>(() => onClose(), `[data-editor-opener="kpi-${goalId}"]`);
  const [form, setForm] = useState<KpiForm>(() => formOf(kpi, today));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const create = useMutation(scorecardCalls.createKpi);
  const update = useMutation(scorecardCalls.updateKpi);
  const remove = useMutation(scorecardCalls.deleteKpi);
  const error = create.error ?? update.error ?? remove.error;
  const errors = { ...fieldErrors(error), ...local };
  const pending = create.pending || update.pending || remove.pending;
  const id = `kpi-${kpi?.id ?? `new-${goalId}`}`;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const problems = localProblems(form);
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    const input = inputOf(form, goalId);
    const saved = kpi ? await update.run({ id: kpi.id, expectedVersion: kpi.version, input }) : await create.run({ input });
    if (saved) onClose(`${kpi ? 'Saved' : 'Added'} the KPI “${saved.name}”.`);
  };
  const del = async () => {
    if (!kpi) return;
    const out = await remove.run({ id: kpi.id, expectedVersion: kpi.version });
    if (out) onClose(`Deleted the KPI “${kpi.name}” and its values.`);
  };

  return (
    <form
      ref={editor.ref}
      onKeyDown={editor.onKeyDown}
      className="kp-editor tl-stack"
      onSubmit={(e) => void submit(e)}
      aria-label={kpi ? `Edit the KPI ${kpi.name}` : 'Add a KPI'}
      data-testid="kpi-editor"
    >
      <h4>{kpi ? `Edit “${kpi.name}”` : 'Add a KPI'}</h4>
      <KpiFields
        id={id}
        form={form}
        errors={errors}
        set={(change) => setForm((f) => ({ ...f, ...change }))}
        warnings={{ targetDate: targetDateWarning(form.targetDate, goalEnds) }}
      />
      <div className="tl-row">
        <button type="submit" className="tl-button tl-button--primary" disabled={pending}>
          {kpi ? 'Save KPI' : 'Add KPI'}
        </button>
        <button type="button" className="tl-button" onClick={() => onClose()} disabled={pending}>
          Cancel
        </button>
        {kpi && !confirmDelete && (
          <button type="button" className="tl-button kp-subtle" onClick={() => setConfirmDelete(true)}>
            Delete KPI…
          </button>
        )}
        {kpi && confirmDelete && (
          <span className="tl-row">
            <span className="tl-small">Delete this KPI and all its values?</span>
            <button type="button" className="tl-button kp-danger" onClick={() => void del()} disabled={pending}>
              Delete
            </button>
            <button type="button" className="tl-button" onClick={() => setConfirmDelete(false)}>
              Keep
            </button>
          </span>
        )}
      </div>
      {error?.code === 'CONFLICT' && (
        <p className="tl-message" role="alert">
          Someone changed this KPI while you were editing it.{' '}
          <button type="button" className="kp-link" onClick={() => onClose('Reloaded the scorecards with the latest KPIs.')}>
            Close and reload
          </button>
        </p>
      )}
      {error && error.code !== 'CONFLICT' && error.code !== 'VALIDATION' && <ErrorMessage error={error} />}
      {error?.code === 'VALIDATION' && (
        <p className="tl-field-error" role="alert">
          ✕ {Object.keys(errors).length > 0 ? 'Some fields need attention (marked ✕ above).' : error.message}
        </p>
      )}
    </form>
  );
}
