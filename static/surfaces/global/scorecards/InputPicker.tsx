// In the check-in form, for the goal's leader and manager: the goal's open input (and input set aside for the next
// check-in, ticked already), each with a tick box; the check-in takes what is ticked and says how many. Loaded when
// the form opens; nothing shows for anyone else or when there is nothing to take.
import { useEffect } from 'react';
import { inputCalls } from '../../../../src/shared/api/input';
import type { InputView } from '../../../../src/shared/api/input-view';
import { INPUT_KIND_LABEL, INPUT_PER_CHECK_IN } from '../../../../src/shared/model/input';
import { useCall } from '../../../kit/api/useCall';
import { Loading } from '../../../kit/ui/Loading';
import './input-picker.css';

const takeable = (i: InputView): boolean => i.triage.state === 'open' || (i.triage.state === 'taken' && i.triage.checkInId === null);

export function InputPicker({ goalId, value, onChange }: { goalId: string; value: readonly string[]; onChange(ids: string[]): void }) {
  const { state } = useCall(inputCalls.ofGoal, { goalId });
  // Oldest first, as the goal page lists open input: what waited longest is taken up first.
  const items =
    state.status === 'ready' && state.data.access === 'triage'
      ? [...state.data.items.filter(takeable)].sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      : [];
  const waiting = items.filter((i) => i.triage.state === 'taken').map((i) => i.id);
  const waitingKey = waiting.join(',');
  // Input set aside for the next check-in starts ticked.
  useEffect(() => {
    if (waitingKey) onChange(waitingKey.split(',').slice(0, INPUT_PER_CHECK_IN));
  }, [waitingKey]);
  if (state.status === 'loading') return <Loading label="Looking for open input from the work…" />;
  if (items.length === 0) return null;
  const toggle = (id: string, on: boolean) => onChange(on ? [...value, id] : value.filter((v) => v !== id));
  const full = value.length >= INPUT_PER_CHECK_IN;
  return (
    <fieldset className="kp-input-picker" data-testid="check-in-input">
      <legend>Open input from the work: tick what this check-in takes up</legend>
      <ul className="kp-input-options">
        {items.map((i) => (
          <li key={i.id}>
            <label className="kp-input-option">
              <input type="checkbox" checked={value.includes(i.id)} disabled={full && !value.includes(i.id)} onChange={(e) => toggle(i.id, e.target.checked)} />
              <span>
                <strong>{INPUT_KIND_LABEL[i.kind]}</strong> <span className="tl-subtle">({i.author?.displayName ?? 'Anonymous'})</span>: {i.text}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p className="tl-small tl-subtle">
        {value.length === 0 ? 'None ticked.' : `Takes ${value.length} piece${value.length === 1 ? '' : 's'} of input.`} At most {INPUT_PER_CHECK_IN} per
        check-in.
      </p>
    </fieldset>
  );
}
