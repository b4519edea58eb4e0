// The organisation scorecard: one row per strategy goal, summing the KPIs of every goal below it, with the
// branch's diagnosis. A row's link scrolls to that branch's scorecards.
import type { OrganisationRow } from '../../../../src/shared/api/scorecards';
import { EmptyState } from '../../../kit/ui/EmptyState';
import { DiagnosisNote } from '../../../kit/ui/scorecard/DiagnosisNote';
import { StatusCounts } from '../../../kit/ui/scorecard/StatusCounts';

export function OrganisationScorecard({ rows, onOpen }: { rows: readonly OrganisationRow[]; onOpen(goalId: string): void }) {
  if (rows.length === 0) {
    return <EmptyState title="No strategy goals yet">Strategy editors add strategy goals in the Goals tab; their KPIs then add up here.</EmptyState>;
  }
  return (
    <section className="tl-card kp-org" aria-labelledby="kp-org-title" data-testid="organisation-scorecard">
      <h2 id="kp-org-title">Organisation scorecard</h2>
      <table className="kp-table kp-org-table">
        <thead>
          <tr>
            <th scope="col">Strategy goal</th>
            <th scope="col">KPIs of the goal and the goals below it</th>
            <th scope="col">Diagnosis of the branch</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.goalId} data-testid="organisation-row">
              <th scope="row">
                <button type="button" className="kp-link" onClick={() => onOpen(r.goalId)}>
                  {r.title}
                </button>
                <span className="tl-small tl-subtle">{r.goalsWithKpis === 1 ? '1 goal with KPIs' : `${r.goalsWithKpis} goals with KPIs`}</span>
              </th>
              <td>
                <StatusCounts counts={r.counts} />
              </td>
              <td>
                <DiagnosisNote diagnosis={r.diagnosis} scope="branch" compact />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
