// One KPI of the macro, read-only. Every cell also carries its column's name for the stacked narrow layout.
import type { KpiCard } from '../../../src/shared/api/scorecards';
import { Forecast } from '../../kit/ui/scorecard/Forecast';
import { Sparkline } from '../../kit/ui/scorecard/Sparkline';
import { StatusBadge } from '../../kit/ui/scorecard/StatusBadge';
import { CATEGORY, KPI_COLUMN, TREND_ARROW, day, targetWords, trendWords, withUnit } from '../../kit/ui/scorecard/words';

export function KpiLine({ card }: { card: KpiCard }) {
  const { kpi, evaluation: e } = card;
  const f = e.forecast;
  return (
    <tr className="sm-kpi" data-testid="kpi-row" data-kpi={kpi.id}>
      <th scope="row" className="sm-name">
        <span className="sm-name-text">{kpi.name}</span>
        <span className="tl-small tl-subtle">{CATEGORY[kpi.category]}</span>
        {e.stale && (
          <span className="tl-small kp-stale" data-testid="kpi-stale">
            <span aria-hidden="true">◔ </span>
            {e.stale.reason}
          </span>
        )}
      </th>
      <td className="sm-state" data-label={KPI_COLUMN.status.label}>
        <StatusBadge evaluation={e} />
        <span className="tl-small tl-subtle sm-explain">{e.explanation}</span>
      </td>
      <td className="sm-value" data-label="Current vs target">
        <span className="sm-current" data-testid="kpi-current">
          {e.current ? withUnit(e.current.value, kpi.unit) : '—'}
        </span>
        <span className="tl-small tl-subtle">
          Target {targetWords(kpi.target, kpi.unit)} by {day(kpi.targetDate)}
        </span>
        {e.current && <span className="tl-small tl-subtle">Measured {day(e.current.date)}</span>}
      </td>
      <td className="sm-trend" data-label="Trend">
        <Sparkline points={card.points} target={kpi.target} unit={kpi.unit} name={kpi.name} />
        <span className="tl-small">
          {e.trend && <span aria-hidden="true">{TREND_ARROW[e.trend.direction]} </span>}
          {trendWords(e)}
        </span>
      </td>
      <td className="sm-forecast" data-label={KPI_COLUMN.forecast.label}>
        <Forecast forecast={f} unit={kpi.unit} reachClassName={f ? `sm-reach sm-reach--${f.reachable ? 'yes' : 'no'}` : ''} />
      </td>
    </tr>
  );
}
