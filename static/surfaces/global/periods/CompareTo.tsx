// "Compare to <period>": a choice of the closed periods, then today against the chosen one's snapshot (every goal you
// may see, or one goal on its page). Nothing is asked of the server until a period is chosen.
import { useId, useState } from 'react';
import { periodCalls, type PeriodsView } from '../../../../src/shared/api/periods';
import { useCall } from '../../../kit/api/useCall';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { day } from '../../../kit/ui/scorecard/words';
import { ComparisonTable } from './ComparisonTable';
import '../../../kit/ui/periods.css';

function Comparison({ periodId, goalId, withKpis }: { periodId: string; goalId?: string; withKpis: boolean }) {
  const { state, retry } = useCall(periodCalls.compare, goalId ? { periodId, goalId } : { periodId });
  if (state.status === 'loading') return <Loading label="Comparing with the snapshot…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (state.data.goals.length === 0)
    return <p className="tl-subtle">Nothing to compare: no goal you may see was in this period’s snapshot or is here today.</p>;
  return (
    <div className="tl-stack">
      <p className="pd-banner tl-small" data-testid="compare-banner">
        <strong>Compared with {state.data.period.name}</strong>
        <span>
          snapshot taken when it closed, {day(state.data.period.closedDay)}; now is {day(state.data.today)}.
        </span>
      </p>
      <ComparisonTable comparison={state.data} withKpis={withKpis} link={!goalId} />
    </div>
  );
}

export function CompareTo({ periods, goalId, withKpis = true }: { periods: PeriodsView | null; goalId?: string; withKpis?: boolean }) {
  const id = useId();
  const [chosen, setChosen] = useState('');
  const closed = (periods?.calendar.periods ?? []).filter((p) => p.closed).sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start));
  const current = closed.some((p) => p.id === chosen) ? chosen : '';
  return (
    <section className="tl-stack tl-noprint" aria-label="Compare to a closed period" data-testid="compare-to">
      <div className="tl-row">
        <label htmlFor={id}>Compare to</label>
        <select id={id} className="tl-select" value={current} onChange={(e) => setChosen(e.target.value)} disabled={closed.length === 0}>
          <option value="">{closed.length === 0 ? 'No closed period yet' : 'Today only (no comparison)'}</option>
          {closed.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} (closed {day(p.closed!.day)})
            </option>
          ))}
        </select>
      </div>
      {current && <Comparison periodId={current} goalId={goalId} withKpis={withKpis} />}
    </section>
  );
}

/** The compare choice on its own, reading the periods itself (the Alignment tab and the goal page). */
export function CompareToPeriod({ goalId, withKpis }: { goalId?: string; withKpis?: boolean }) {
  const { state } = useCall(periodCalls.list, {});
  if (state.status !== 'ready' || !state.data.calendar.periods.some((p) => p.closed)) return null;
  return <CompareTo periods={state.data} goalId={goalId} withKpis={withKpis} />;
}
