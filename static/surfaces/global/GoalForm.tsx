// Creates or edits a goal. Checks what it can before sending (mirroring the server), then lets the server
// decide: its VALIDATION errors land beside their field, and a CONFLICT shows what the other editor changed.
import { useState, type FormEvent } from 'react';
import { useEditorFocus } from '../../kit/ui/useEditorFocus';
import { z } from 'zod';
import { catalogCalls } from '../../../src/shared/api/catalog';
import type { AppError } from '../../../src/shared/errors';
import { Goal, type GoalInput, type GoalSummary } from '../../../src/shared/model/goal';
import { call } from '../../kit/api/invoke';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { toAppError } from '../../kit/api/app-error';
import { ConflictView } from './ConflictView';
import { emptyValues, inputOf, mergeOnTop, placeServerError, validate, valuesOf, valuesOfInput, type FieldErrors, type FormValues } from './form-model';
import { GoalFormFields } from './GoalFormFields';
import { withPeople, type CatalogNamer } from './namer';

const ConflictDetails = z.object({ current: Goal });

export interface GoalFormProps {
  /** The goal as it was when editing started; absent when creating. */
  base: Goal | null;
  goals: readonly GoalSummary[];
  names: CatalogNamer;
  onSaved(goal: Goal, how: 'created' | 'updated'): void;
  onCancel(): void;
  /** "Use theirs": drop the edit and show the goal as it is stored. */
  onDiscard(goalId: string): void;
}

export function GoalForm({ base: initialBase, goals, names, onSaved, onCancel, onDiscard }: GoalFormProps) {
  const [base, setBase] = useState<Goal | null>(initialBase);
  const [values, setValues] = useState<FormValues>(() => (initialBase ? valuesOf(initialBase, names.person) : emptyValues()));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [checked, setChecked] = useState(false);
  const [top, setTop] = useState<AppError | null>(null);
  const [pending, setPending] = useState(false);
  const [conflict, setConflict] = useState<{ current: Goal; mine: GoalInput } | null>(null);
  const { ref: form, onKeyDown } = useEditorFocus<HTMLFormElement>(onCancel);
  const known = withPeople(names, [values.leader, values.manager]);

  const change = (patch: Partial<FormValues>) => {
    const next = { ...values, ...patch };
    setValues(next);
    // Once the editor tried to save, keep the client-side reasons current as they fix them.
    if (checked) setErrors(validate(next, goals, base?.id ?? null));
  };

  const save = async (input: GoalInput, expectedVersion: number | null) => {
    setPending(true);
    setTop(null);
    try {
      const goal =
        base && expectedVersion !== null
          ? await call(catalogCalls.update, { id: base.id, expectedVersion, input })
          : await call(catalogCalls.create, { input });
      onSaved(goal, base ? 'updated' : 'created');
    } catch (e) {
      const error = toAppError(e);
      const details = ConflictDetails.safeParse(error.details);
      if (error.code === 'CONFLICT' && base && details.success) {
        setConflict({ current: details.data.current, mine: input });
      } else if (error.code === 'VALIDATION') {
        const placed = placeServerError(error);
        setErrors(placed.fields);
        setTop(placed.top === null ? null : { ...error, message: placed.top });
        setConflict(null);
      } else {
        setTop(error);
      }
    } finally {
      setPending(false);
    }
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setChecked(true);
    const found = validate(values, goals, base?.id ?? null);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      // Bring the first reason into view, and focus its field.
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(), 0);
      return;
    }
    void save(inputOf(values), base?.version ?? null);
  };

  if (conflict && base) {
    const merged = mergeOnTop(base, conflict.current, conflict.mine);
    return (
      <ConflictView
        base={base}
        current={conflict.current}
        mine={conflict.mine}
        names={known}
        pending={pending}
        onUseTheirs={() => onDiscard(base.id)}
        onApplyMine={() => void save(merged, conflict.current.version)}
        onEditMerged={() => {
          setValues(valuesOfInput(merged, known.person));
          setBase(conflict.current);
          setConflict(null);
        }}
      />
    );
  }

  const errorCount = Object.values(errors).filter(Boolean).length;
  return (
    <form ref={form} onKeyDown={onKeyDown} className="tl-stack sc-form" onSubmit={submit} noValidate aria-busy={pending} data-testid="goal-form">
      {top && <ErrorMessage error={top} />}
      {checked && errorCount > 0 && (
        <p className="tl-field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} your attention.
        </p>
      )}
      <GoalFormFields values={values} onChange={change} errors={errors} goals={goals} editingId={base?.id ?? null} />
      <div className="tl-row sc-form-actions">
        <button type="submit" className="tl-button tl-button--primary" disabled={pending}>
          {pending ? 'Saving…' : base ? 'Save changes' : 'Create goal'}
        </button>
        <button type="button" className="tl-button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
