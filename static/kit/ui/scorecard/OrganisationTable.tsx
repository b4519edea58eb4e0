// The organisation scorecard's table, wherever it is drawn (the Scorecards tab, the Confluence scorecard macro): one row
// per strategy goal over its whole branch, its KPIs by status, and the branch's diagnosis. Each surface gives its own
// classes and how a goal's title is drawn (a link on the tab, text in the macro).
import type { ReactNode } from 'react';
import type { OrganisationRow } from '../../../../src/shared/api/scorecards';
import { DiagnosisNote } from './DiagnosisNote';
import { StatusCounts } from './StatusCounts';

const goalsWithKpis = (n: number): string => (n === 1 ? '1 goal with KPIs' : `${n} goals with KPIs`);

interface Props {
  rows: readonly OrganisationRow[];
  /** The goal's title in its row. */
  title(row: OrganisationRow): ReactNode;
  /** The surface's classes: the table, its first two column heads, and the line under each title. */
  classes: { table: string; goalHead?: string; countsHead?: string; sub: string };
  /** Test id of each row. */
  rowTestId: string;
}

export function OrganisationTable({ rows, title, classes, rowTestId }: Props) {
  return (
    <table className={classes.table}>
      <thead>
        <tr>
          <th scope="col" className={classes.goalHead}>
            Strategy goal
          </th>
          <th scope="col" className={classes.countsHead}>
            KPIs of the goal and the goals below it
          </th>
          <th scope="col">Diagnosis of the branch</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.goalId} data-testid={rowTestId}>
            <th scope="row">
              {title(r)}
              <span className={classes.sub}>{goalsWithKpis(r.goalsWithKpis)}</span>
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
  );
}
