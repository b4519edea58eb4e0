// The organisation scorecard: one row per strategy goal, summing the KPIs of every goal below it, with the
// branch's diagnosis. A row's link scrolls to that branch's scorecards.
import type { OrganisationRow } from '../../../../src/shared/api/scorecards';
import { EmptyState } from '../../../kit/ui/EmptyState';
import { OrganisationTable } from '../../../kit/ui/scorecard/OrganisationTable';

export function OrganisationScorecard({ rows, onOpen }: { rows: readonly OrganisationRow[]; onOpen(goalId: string): void }) {
  if (rows.length === 0) {
    return <EmptyState title="No strategy goals yet">Strategy editors add strategy goals in the Goals tab; their KPIs then add up here.</EmptyState>;
  }
  return (
    <section className="tl-card kp-org" aria-labelledby="kp-org-title" data-testid="organisation-scorecard">
      <h2 id="kp-org-title">Organisation scorecard</h2>
      <OrganisationTable
        rows={rows}
        rowTestId="organisation-row"
        classes={{ table: 'kp-table kp-org-table', sub: 'tl-small tl-subtle' }}
        title={(r) => (
          <button type="button" className="kp-link" onClick={() => onOpen(r.goalId)}>
            {r.title}
          </button>
        )}
      />
    </section>
  );
}
