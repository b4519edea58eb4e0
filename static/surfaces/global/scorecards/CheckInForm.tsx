// Adds a check-in to a goal: status, confidence, what was learned, what is at risk and what was decided, and the
// input from the work it takes up.
import { useState, type FormEvent } from 'react';
import { scorecardCalls } from '../../../../src/shared/api/scorecards';
import { CONFIDENCE_LABEL, type CheckIn } from '../../../../src/shared/model/check-in';
import { KPI_STATUSES, type KpiStatus } from '../../../../src/shared/model/kpi';
import { useMutation } from '../../../kit/api/mutation';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { STATUS } from '../../../kit/ui/scorecard/words';
import { InputPicker } from './InputPicker';
import { useEditorFocus } from '../../../kit/ui/useEditorFocus';

/** The check-in's texts, in the same words in the form and in the list of check-ins. */
export const CHECK_IN_TEXTS = [
  ['learnings', 'What worked, what did not'],
  ['risks', 'Risks'],
  ['decisions', 'Decisions'],
] as const;
const TEXTS = CHECK_IN_TEXTS;

/** Medium: where a goal with no check-in yet starts. */
const FIRST_CONFIDENCE = 3;

export function CheckInForm({
  goalId,
  last,
  onSaved,
  onCancel,
}: {
  goalId: string;
  /** The last check-in: a new one starts from its status and confidence, so saving unchanged says nothing changed. */
  last: Pick<CheckIn, 'status' | 'confidence'> | null;
  onSaved(c: CheckIn): void;
  onCancel(): void;
}) {
  const editor = useEditorFocus<HTMLFormElement>(onCancel, `[data-editor-opener="check-in-${goalId}"]`);
  const [status, setStatus] = useState<KpiStatus>(last?.status ?? 'on-track');
  const [confidence, setConfidence] = useState(last?.confidence ?? FIRST_CONFIDENCE);
  const [texts, setTexts] = useState({ learnings: '', risks: '', decisions: '' });
  const [inputIds, setInputIds] = useState<string[]>([]);
  const { run, pending, error } = useMutation(scorecardCalls.addCheckIn);
  const id = `checkin-${goalId}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const out = await run({ goalId, input: { status, confidence, ...texts, ...(inputIds.length > 0 ? { inputIds } : {}) } });
    if (out) onSaved(out);
  };
  return (
    <form
      ref={editor.ref}
      onKeyDown={editor.onKeyDown}
      className="kp-checkin-form tl-stack"
      onSubmit={(e) => void submit(e)}
      aria-label="Add a check-in"
      data-testid="check-in-form"
    >
      <div className="tl-row kp-checkin-selects">
        <div className="tl-field">
          <label htmlFor={`${id}-status`}>How is it going?</label>
          <select id={`${id}-status`} className="tl-select" value={status} onChange={(e) => setStatus(e.target.value as KpiStatus)}>
            {KPI_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS[s].word}
              </option>
            ))}
          </select>
        </div>
        <div className="tl-field">
          <label htmlFor={`${id}-confidence`}>Confidence of reaching the goal</label>
          <select id={`${id}-confidence`} className="tl-select" value={confidence} onChange={(e) => setConfidence(Number(e.target.value))}>
            {Object.entries(CONFIDENCE_LABEL).map(([n, word]) => (
              <option key={n} value={n}>
                {word}
              </option>
            ))}
          </select>
        </div>
      </div>
      {TEXTS.map(([key, label]) => (
        <div className="tl-field" key={key}>
          <label htmlFor={`${id}-${key}`}>{label}</label>
          <textarea
            id={`${id}-${key}`}
            className="tl-textarea"
            rows={2}
            maxLength={2000}
            value={texts[key]}
            onChange={(e) => setTexts({ ...texts, [key]: e.target.value })}
          />
        </div>
      ))}
      <InputPicker goalId={goalId} value={inputIds} onChange={setInputIds} />
      <div className="tl-row">
        <button type="submit" className="tl-button tl-button--primary" disabled={pending}>
          {pending ? 'Saving…' : 'Add check-in'}
        </button>
        <button type="button" className="tl-button" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
    </form>
  );
}
