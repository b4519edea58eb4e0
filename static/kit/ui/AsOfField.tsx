// "As of" in a macro's configuration: live, or a closed period's snapshot (the latest period first), with a hint
// that says what a snapshot holds, that none exists yet, or that the saved one is no longer closed.
import { day } from './scorecard/words';

export interface ClosedPeriodChoice {
  id: string;
  name: string;
  closedDay: string;
}

export function AsOfField({
  id,
  value,
  onChange,
  periods,
  liveLabel,
  snapshotHint,
  savedGone,
}: {
  id: string;
  value: string;
  onChange: (periodId: string) => void;
  periods: readonly ClosedPeriodChoice[];
  liveLabel: string;
  snapshotHint: string;
  /** The period the macro was saved with is no longer closed (or no longer exists). */
  savedGone: boolean;
}) {
  return (
    <div className="tl-field">
      <label htmlFor={id}>As of</label>
      <select id={id} className="tl-select" value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`}>
        <option value="">{liveLabel}</option>
        {periods.map((p) => (
          <option key={p.id} value={p.id}>
            Snapshot of {p.name} (closed {day(p.closedDay)})
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="tl-small tl-subtle">
        {savedGone
          ? 'The period this macro showed is no longer closed; choose another, or live.'
          : periods.length === 0
            ? 'Snapshots appear here once a strategy editor closes a period.'
            : snapshotHint}
      </span>
    </div>
  );
}
