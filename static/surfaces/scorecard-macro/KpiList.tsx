// A goal's KPIs, read-only: one row each with status (icon and word, then why), current value against target,
// trend (sparkline, arrow and word) and forecast. Narrow macros stack each row's cells.
import type { GoalScorecard } from '../../../src/shared/api/scorecards';
import { KPI_COLUMN } from '../../kit/ui/scorecard/words';
import { KpiLine } from './KpiLine';

const COLUMNS: readonly (readonly [string, string, string?])[] = [
  ['name', 'KPI'],
  ['state', KPI_COLUMN.status.label, KPI_COLUMN.status.title],
  ['value', 'Current vs target'],
  ['trend', 'Trend'],
  ['forecast', KPI_COLUMN.forecast.label, KPI_COLUMN.forecast.title],
];

export function KpiList({ scorecard }: { scorecard: GoalScorecard }) {
  return (
    <table className="sm-kpis" aria-label={`KPIs of ${scorecard.goal.title}`}>
      <colgroup>
        {COLUMNS.map(([c]) => (
          <col key={c} className={`sm-col-${c}`} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {COLUMNS.map(([c, label, title]) => (
            <th key={c} scope="col" title={title}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {scorecard.kpis.map((card) => (
          <KpiLine key={card.kpi.id} card={card} />
        ))}
      </tbody>
    </table>
  );
}
