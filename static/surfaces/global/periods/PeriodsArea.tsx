// The workspace's Periods area (strategy editors): periods that have ended and wait to be closed, each with "Close"
// and what closing does; then what a closed period left unfinished, to carry forward. Others see nothing here.
import { useEffect, useState } from 'react';
import { periodCalls, type CarryOptions, type PeriodsView } from '../../../../src/shared/api/periods';
import type { Period } from '../../../../src/shared/model/period';
import { useCall } from '../../../kit/api/useCall';
import { useMutation } from '../../../kit/api/mutation';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { day } from '../../../kit/ui/scorecard/words';
import { CarryList } from './CarryList';
import { closeWords, periodsToClose } from './close-words';

function Unfinished({ periodId, fresh }: { periodId: string; fresh: CarryOptions | null }) {
  const { state, retry } = useCall(periodCalls.carryOptions, { periodId });
  const [changed, setChanged] = useState<CarryOptions | null>(null);
  const options = changed ?? (fresh?.period.id === periodId ? fresh : null) ?? (state.status === 'ready' ? state.data : null);
  if (options) return <CarryList options={options} onChanged={setChanged} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  return <Loading label="Loading what the period left unfinished…" />;
}

function CloseRow({ period, today, onClosed }: { period: Period; today: string; onClosed: (o: CarryOptions) => void }) {
  const close = useMutation(periodCalls.close);
  const [asking, setAsking] = useState(false);
  const run = async () => {
    const out = await close.run({ periodId: period.id });
    if (out) onClosed(out);
  };
  return (
    <li data-testid="period-to-close">
      <span>
        <strong>{period.name}</strong>{' '}
        <span className="tl-small tl-subtle">
          {day(period.start)} – {day(period.end)}, ended
        </span>
      </span>
      {asking ? (
        <span className="tl-row">
          <span className="tl-small" data-testid="close-warning">
            {closeWords(period, today)}
          </span>
          <button type="button" className="tl-button tl-button--primary" disabled={close.pending} onClick={() => void run()}>
            {close.pending ? 'Closing…' : `Close ${period.name} now`}
          </button>
          <button type="button" className="tl-button" disabled={close.pending} onClick={() => setAsking(false)}>
            Cancel
          </button>
        </span>
      ) : (
        <button type="button" className="tl-button" onClick={() => setAsking(true)}>
          Close {period.name}…
        </button>
      )}
      {close.error && <ErrorMessage error={close.error} />}
    </li>
  );
}

export function PeriodsArea({ view, onChanged }: { view: PeriodsView; onChanged: () => void }) {
  const [closedNow, setClosedNow] = useState<CarryOptions | null>(null);
  const [shown, setShown] = useState('');
  if (!view.canClose) return null;
  const { next: ended, passed } = periodsToClose(view.calendar.periods, view.today);
  const older = [...ended.slice(1), ...passed];
  const closed = view.calendar.periods.filter((p) => p.closed).sort((a, b) => b.end.localeCompare(a.end));
  const current = closed.find((p) => p.id === shown) ?? closed[0];
  const closeRow = (p: Period) => (
    <CloseRow
      key={p.id}
      period={p}
      today={view.today}
      onClosed={(o) => {
        setClosedNow(o);
        setShown(o.period.id);
        onChanged();
      }}
    />
  );
  return (
    <section className="tl-card tl-stack tl-noprint pd-area" aria-labelledby="periods-area-heading" data-testid="periods-area">
      <h2 id="periods-area-heading">Periods</h2>
      {ended.length === 0 ? (
        <p className="tl-small tl-subtle">
          {closed.length > 0 ? 'The latest period to end is closed: none waits.' : 'No period waits to be closed.'} Jira admins define periods on the
          Throughline settings page.
        </p>
      ) : (
        <ul className="pd-list">{ended.slice(0, 1).map(closeRow)}</ul>
      )}
      {/* Older periods are there if someone wants them, out of the way: closing one now freezes today's figures. */}
      {older.length > 0 && (
        <details data-testid="older-to-close">
          <summary className="tl-small">
            {older.length} earlier {older.length === 1 ? 'period' : 'periods'} never closed: closing one now would freeze today’s figures, not its own
          </summary>
          <ul className="pd-list">{older.map(closeRow)}</ul>
        </details>
      )}
      {closed.length > 0 && (
        <p className="tl-small tl-subtle" data-testid="closed-periods">
          Closed: {closed.map((p) => `${p.name} (on ${day(p.closed!.day)})`).join(', ')}. Compare today with {closed.length === 1 ? 'it' : 'one of them'} with
          “Compare to” below.
        </p>
      )}
      {current && (
        <>
          {closed.length > 1 && (
            <label className="tl-row tl-small">
              Unfinished goals of
              <select className="tl-select" value={current.id} onChange={(e) => setShown(e.target.value)}>
                {closed.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Unfinished key={current.id} periodId={current.id} fresh={closedNow} />
        </>
      )}
    </section>
  );
}

/** Periods and "Compare to", reading the periods once (the Scorecards tab). */
export function usePeriods() {
  const { state, retry } = useCall(periodCalls.list, {});
  // The last answer stays while a reload runs, so the area (and what it just closed) stays on screen.
  const [last, setLast] = useState<PeriodsView | null>(null);
  useEffect(() => {
    if (state.status === 'ready') setLast(state.data);
  }, [state]);
  return { view: state.status === 'ready' ? state.data : last, reload: retry };
}
