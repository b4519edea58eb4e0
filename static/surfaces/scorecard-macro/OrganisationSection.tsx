// The strategy goals' scorecard opens with the organisation's, as the Scorecards tab in Jira does: each strategy goal
// over its whole branch (its KPIs and those of every goal below it), with the branch's diagnosis. The cards below
// judge each goal on its own KPIs; the two labels ("Whole branch", "Own KPIs") say which is which.
import type { OrganisationRow } from '../../../src/shared/api/scorecards';
import { DiagnosisNote } from '../../kit/ui/scorecard/DiagnosisNote';
import { StatusCounts } from '../../kit/ui/scorecard/StatusCounts';

const goalsWithKpis = (n: number): string => (n === 1 ? '1 goal with KPIs' : `${n} goals with KPIs`);

export function OrganisationSection({ rows }: { rows: readonly OrganisationRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="sm-org" aria-labelledby="sm-org-title" data-testid="macro-organisation">
      <h3 id="sm-org-title">Each strategy goal with every goal below it</h3>
      <table className="sm-kpis sm-org-table">
        <thead>
          <tr>
            <th scope="col" className="sm-org-goal">
              Strategy goal
            </th>
            <th scope="col" className="sm-org-counts">
              KPIs of the goal and the goals below it
            </th>
            <th scope="col">Diagnosis of the branch</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.goalId} data-testid="macro-organisation-row">
              <th scope="row">
                <span className="sm-name-text">{r.title}</span>
                <span className="sm-org-sub">{goalsWithKpis(r.goalsWithKpis)}</span>
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
