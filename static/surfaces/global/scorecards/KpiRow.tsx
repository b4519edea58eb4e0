// One KPI in a goal's scorecard: current value against target, sparkline and trend, status with icon and word,
// forecast, and a stale marker that says why. "Record" opens the inline form below the row.
import type { KpiCard } from '../../../../src/shared/api/scorecards';
import { Forecast } from '../../../kit/ui/scorecard/Forecast';
import { Sparkline } from '../../../kit/ui/scorecard/Sparkline';
import { StatusBadge } from '../../../kit/ui/scorecard/StatusBadge';
import { CADENCE, CATEGORY, TREND_ARROW, day, targetWords, trendWords, withUnit } from '../../../kit/ui/scorecard/words';

interface Props {
  card: KpiCard;
  canRecord: boolean;
  recording: boolean;
  onRecord(): void;
  onHistory(): void;
  historyOpen: boolean;
}

const SOURCE = { manual: '', 'jql-count': 'Automatic: JQL count', 'jql-ratio': 'Automatic: JQL ratio' } as const;

export function KpiRow({ card, canRecord, recording, onRecord, onHistory, historyOpen }: Props) {
  const { kpi, evaluation: e } = card;
  const automatic = kpi.source.kind !== 'manual';
  const f = e.forecast;
  return (
    <tr className="kp-row" data-testid="kpi-row" data-kpi={kpi.id}>
      <th scope="row" className="kp-name">
        <span className="kp-name-text">{kpi.name}</span>
        <span className="tl-small tl-subtle">
          {CATEGORY[kpi.category]} · {CADENCE[kpi.cadence]}
          {automatic && ` · ${SOURCE[kpi.source.kind]}`}
        </span>
        {automatic && !card.automatic && !e.current && <span className="tl-small tl-subtle">The first value is counted within a day.</span>}
        {e.stale && (
          <span className="tl-small kp-stale" data-testid="kpi-stale">
            <span aria-hidden="true">◔ </span>
            {e.stale.reason}
          </span>
        )}
      </th>
      <td className="kp-value">
        <span className="kp-current" data-testid="kpi-current">
          {e.current ? withUnit(e.current.value, kpi.unit) : '—'}
        </span>
        <span className="tl-small tl-subtle">
          Target {targetWords(kpi.target, kpi.unit)} by {day(kpi.targetDate)}
        </span>
        {e.current && <span className="tl-small tl-subtle">Measured {day(e.current.date)}</span>}
      </td>
      <td className="kp-trend">
        <Sparkline points={card.points} target={kpi.target} unit={kpi.unit} name={kpi.name} />
        <span className="tl-small">
          {e.trend && <span aria-hidden="true">{TREND_ARROW[e.trend.direction]} </span>}
          {trendWords(e)}
        </span>
      </td>
      <td className="kp-state">
        <StatusBadge evaluation={e} />
        <span className="tl-small tl-subtle kp-explain">{e.explanation}</span>
      </td>
      <td className="kp-forecast">
        <Forecast forecast={f} unit={kpi.unit} />
      </td>
      <td className="kp-actions tl-noprint">
        {canRecord && !automatic && (
          <button type="button" className="tl-button kp-small" onClick={onRecord} aria-expanded={recording} aria-label={`Record a value of ${kpi.name}`}>
            Record
          </button>
        )}
        <button type="button" className="tl-button kp-small kp-subtle" onClick={onHistory} aria-expanded={historyOpen} aria-label={`Values of ${kpi.name}`}>
          Values
        </button>
      </td>
    </tr>
  );
}
