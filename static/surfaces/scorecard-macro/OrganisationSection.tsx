// The strategy goals' scorecard opens with the organisation's, as the Scorecards tab in Jira does: each strategy goal
// over its whole branch (its KPIs and those of every goal below it), with the branch's diagnosis. The cards below
// judge each goal on its own KPIs; the two labels ("Whole branch", "Own KPIs") say which is which.
import type { OrganisationRow } from '../../../src/shared/api/scorecards';
import { OrganisationTable } from '../../kit/ui/scorecard/OrganisationTable';

export function OrganisationSection({ rows }: { rows: readonly OrganisationRow[] }) {
  if (rows.length === 0) return null;
  return (
    <section className="sm-org" aria-labelledby="sm-org-title" data-testid="macro-organisation">
      <h3 id="sm-org-title">Each strategy goal with every goal below it</h3>
      <OrganisationTable
        rows={rows}
        rowTestId="macro-organisation-row"
        classes={{ table: 'sm-kpis sm-org-table', goalHead: 'sm-org-goal', countsHead: 'sm-org-counts', sub: 'sm-org-sub' }}
        title={(r) => <span className="sm-name-text">{r.title}</span>}
      />
    </section>
  );
}
