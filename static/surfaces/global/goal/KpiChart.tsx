// A KPI's chart on the goal page, hand-written SVG (no chart library: nothing added to any bundle): values over
// time with their dots, the target line (or band, for a range), the plan from baseline to target with the value
// expected today, the forecast to the target date, and labelled axes. Colours come from design tokens, so it
// follows light and dark; every mark also differs by shape or dash, so it reads in print and without colour.
import type { KpiCard } from '../../../../src/shared/api/scorecards';
import { day, targetWords, withUnit } from '../../../kit/ui/scorecard/words';
import { CHART, chartModel } from './kpi-chart';

const summary = (card: KpiCard, expected: number | null): string => {
  const { kpi, evaluation: e } = card;
  const parts = [`${kpi.name}: target ${targetWords(kpi.target, kpi.unit)} by ${day(kpi.targetDate)}`];
  parts.push(e.current ? `latest ${withUnit(e.current.value, kpi.unit)} on ${day(e.current.date)}` : 'no values yet');
  if (expected !== null) parts.push(`the plan expects ${withUnit(expected, kpi.unit)} today`);
  if (e.forecast?.basis === 'fit') parts.push(`forecast ${withUnit(e.forecast.value, kpi.unit)} at the target date`);
  return `${parts.join('; ')}.`;
};

export function KpiChart({ card, today }: { card: KpiCard; today: string }) {
  const m = chartModel(card.kpi, card.points, card.evaluation, today);
  const { width, height, left, right, top, bottom } = CHART;
  const label = summary(card, m.expectedNow?.value ?? null);
  const unit = card.kpi.unit;
  return (
    <figure className="gp-chart">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} data-testid="kpi-chart" preserveAspectRatio="xMidYMid meet">
        <title>{label}</title>
        <g className="gp-chart-grid">
          {m.yTicks.map((t) => (
            <g key={`y${t.at}`}>
              <line x1={left} x2={width - right} y1={t.at} y2={t.at} />
              <text className="gp-chart-axis" x={left - 6} y={t.at} textAnchor="end" dominantBaseline="middle">
                {t.label}
              </text>
            </g>
          ))}
          {m.xTicks.map((t) => (
            <text key={`x${t.at}`} className="gp-chart-axis" x={t.at} y={height - bottom + 16} textAnchor="middle">
              {t.label}
            </text>
          ))}
          <line className="gp-chart-baseline" x1={left} x2={width - right} y1={height - bottom} y2={height - bottom} />
        </g>
        {m.target.kind === 'band' ? (
          <rect className="gp-chart-band" x={left} width={width - left - right} y={m.target.y1} height={Math.max(1, m.target.y2 - m.target.y1)} />
        ) : (
          <line className="gp-chart-target" x1={left} x2={width - right} y1={m.target.y} y2={m.target.y} />
        )}
        {m.plan && <line className="gp-chart-plan" x1={m.plan.x1} y1={m.plan.y1} x2={m.plan.x2} y2={m.plan.y2} />}
        <line className="gp-chart-due" x1={m.targetDateX} x2={m.targetDateX} y1={top} y2={height - bottom} />
        {m.today && <line className="gp-chart-today" x1={m.today.x} x2={m.today.x} y1={top} y2={height - bottom} />}
        {m.forecast && <line className="gp-chart-forecast" x1={m.forecast.x1} y1={m.forecast.y1} x2={m.forecast.x2} y2={m.forecast.y2} />}
        {m.points.length > 1 && <polyline className="gp-chart-line" points={m.line} fill="none" />}
        {m.points.map((p) => (
          <circle key={p.date} className="gp-chart-dot" cx={p.x} cy={p.y} r={3}>
            <title>{`${withUnit(p.value, unit)} on ${day(p.date)}`}</title>
          </circle>
        ))}
        {m.expectedNow && (
          <rect
            className="gp-chart-expected"
            x={m.expectedNow.x - 5}
            y={m.expectedNow.y - 5}
            width={10}
            height={10}
            transform={`rotate(45 ${m.expectedNow.x} ${m.expectedNow.y})`}
          >
            <title>{`Expected today: ${withUnit(m.expectedNow.value, unit)}`}</title>
          </rect>
        )}
        {m.forecast && (
          <circle className="gp-chart-forecast-end" cx={m.forecast.x2} cy={m.forecast.y2} r={4}>
            <title>{`Forecast at ${day(card.kpi.targetDate)}: ${withUnit(m.forecast.value, unit)}`}</title>
          </circle>
        )}
      </svg>
      <figcaption className="gp-legend tl-small">
        <span>
          <i className="gp-key gp-key--line" aria-hidden="true" />
          Measured{unit ? ` (${unit})` : ''}
        </span>
        <span>
          <i className="gp-key gp-key--target" aria-hidden="true" />
          {card.kpi.target.direction === 'range' ? 'Target range' : 'Target'}
        </span>
        {m.plan && (
          <span>
            <i className="gp-key gp-key--plan" aria-hidden="true" />
            Plan
          </span>
        )}
        {m.expectedNow && (
          <span>
            <i className="gp-key gp-key--expected" aria-hidden="true" />
            Expected today
          </span>
        )}
        {m.forecast && (
          <span>
            <i className="gp-key gp-key--forecast" aria-hidden="true" />
            Forecast
          </span>
        )}
        <span>
          <i className="gp-key gp-key--due" aria-hidden="true" />
          Target date
        </span>
      </figcaption>
    </figure>
  );
}
