// Today against a closed period, goal by goal: status, share of work done and diagnosis then → now, and under each
// goal its KPIs' status and value then → now. Changes are told by arrow and word, never by colour alone.
import type { Comparison, GoalChange, KpiSide } from '../../../../src/shared/api/periods';
import { GOAL_STATUS_LOOK } from '../../../kit/ui/looks';
import { LookLozenge } from '../../../kit/ui/Lozenge';
import { GoalLink } from '../../../kit/ui/GoalLink';
import { NO_DATA, STATUS, day } from '../../../kit/ui/scorecard/words';
import { DRIFT_ARROW, DRIFT_WORDS, progressChange, statusDrift, valueChange, type Drift } from './compare-words';

const Change = ({ words, drift }: { words: string; drift: Drift }) => (
  <span className={`pd-change pd-${drift === 'up' ? 'up' : drift === 'down' ? 'down' : 'same'}`}>
    {words}
    {drift !== 'none' && (
      <>
        {' '}
        <span aria-hidden="true">{DRIFT_ARROW[drift]}</span>
        <span className="tl-visually-hidden"> {DRIFT_WORDS[drift]}</span>
      </>
    )}
  </span>
);

const kpiLook = (s: KpiSide | null) => (s?.status ? STATUS[s.status] : NO_DATA);
const Missing = ({ what }: { what: string }) => <span className="tl-small tl-subtle">{what}</span>;

function GoalRows({ g, withKpis, link }: { g: GoalChange; withKpis: boolean; link: boolean }) {
  const status = (side: GoalChange['then']) => (side ? <LookLozenge look={GOAL_STATUS_LOOK[side.status]} /> : <Missing what="not there" />);
  return (
    <>
      <tr data-testid="compare-goal" data-goal={g.goalId}>
        <th scope="row">{link ? <GoalLink goalId={g.goalId}>{g.title}</GoalLink> : g.title}</th>
        <td>
          {status(g.then)} <span aria-hidden="true">→</span>
          <span className="tl-visually-hidden"> now </span> {status(g.now)}
        </td>
        <td className="pd-num" data-testid="compare-progress">
          <Change {...progressChange(g.then, g.now)} />
        </td>
        <td className="tl-small">
          {g.then?.headline ?? '—'} <span aria-hidden="true">→</span>
          <span className="tl-visually-hidden"> now </span> {g.now?.headline ?? '—'}
        </td>
      </tr>
      {withKpis &&
        g.kpis.map((k) => {
          const unit = k.unit;
          return (
            <tr key={k.kpiId} className="pd-kpi" data-testid="compare-kpi" data-kpi={k.kpiId}>
              <th scope="row" className="tl-small">
                {k.name}
              </th>
              <td>
                {k.then ? <LookLozenge look={kpiLook(k.then)} /> : <Missing what="not there" />} <span aria-hidden="true">→</span>
                <span className="tl-visually-hidden"> now </span> {k.now ? <LookLozenge look={kpiLook(k.now)} /> : <Missing what="removed" />}
                {statusDrift(k.then, k.now) !== 'none' && <span className="tl-visually-hidden"> ({DRIFT_WORDS[statusDrift(k.then, k.now)]})</span>}
              </td>
              <td className="pd-num" data-testid="compare-value" colSpan={2}>
                <Change {...valueChange(k.then, k.now, unit)} />
              </td>
            </tr>
          );
        })}
    </>
  );
}

export function ComparisonTable({ comparison, withKpis = true, link = true }: { comparison: Comparison; withKpis?: boolean; link?: boolean }) {
  const goals = comparison.goals;
  return (
    <div className="pd-table-wrap">
      <table className="pd-table" data-testid="comparison">
        <caption className="tl-visually-hidden">
          {comparison.period.name} (closed {day(comparison.period.closedDay)}) compared with today, {day(comparison.today)}
        </caption>
        <thead>
          <tr>
            <th scope="col">{withKpis ? 'Goal and its KPIs' : 'Goal'}</th>
            <th scope="col">Status then → now</th>
            <th scope="col" className="pd-num">
              {withKpis ? 'Work done / value then → now' : 'Work done then → now'}
            </th>
            <th scope="col">Diagnosis of its own KPIs, then → now</th>
          </tr>
        </thead>
        <tbody>
          {goals.map((g) => (
            <GoalRows key={g.goalId} g={g} withKpis={withKpis} link={link} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
