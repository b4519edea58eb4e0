// The goal page's burn-up: the issues under its work in total and done, over time, as the viewer may browse them,
// from its own read. Hand-written SVG like the KPI charts; the two lines differ by dash as well as colour, and one
// sentence says what the chart shows.
import { burnUpCall, type BurnUpView } from '../../../../src/shared/api/burn-up';
import { useCall } from '../../../kit/api/useCall';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { burnUpModel, burnUpSentence } from './burn-up-chart';
import { CHART } from './kpi-chart';

function BurnUpChart({ view }: { view: BurnUpView }) {
  const m = burnUpModel(view.points);
  const sentence = burnUpSentence(view.points);
  if (!m) return <p className="tl-subtle">{view.workOutOfSight ? 'Its work is in projects you cannot browse.' : 'No work you can see under this goal yet.'}</p>;
  const { width, height, left, right, top, bottom } = CHART;
  return (
    <figure className="gp-chart" data-testid="burn-up">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={sentence} preserveAspectRatio="xMidYMid meet">
        <title>{sentence}</title>
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
        <line className="gp-chart-today" x1={m.end.x} x2={m.end.x} y1={top} y2={height - bottom} />
        <polyline className="gp-burn-total" points={m.total} fill="none" />
        <polyline className="gp-chart-line" points={m.done} fill="none" />
        <circle className="gp-chart-dot" cx={m.end.x} cy={m.end.yDone} r={3}>
          <title>{`${m.end.done} done today`}</title>
        </circle>
      </svg>
      <figcaption className="gp-legend tl-small">
        <span>
          <i className="gp-key gp-key--plan" aria-hidden="true" />
          All issues
        </span>
        <span>
          <i className="gp-key gp-key--line" aria-hidden="true" />
          Done
        </span>
      </figcaption>
      <p className="tl-small" data-testid="burn-up-words">
        {sentence}
      </p>
      <p className="tl-small tl-subtle">
        Rebuilt from when each issue was created and when it was done; issues moved away or deleted are not remembered.
        {view.truncated ? ` Only the first ${view.issues} issues are counted.` : ''}
      </p>
    </figure>
  );
}

export function BurnUpSection({ goalId }: { goalId: string }) {
  const { state, retry } = useCall(burnUpCall, { goalId });
  return (
    <section className="tl-stack" aria-labelledby="gp-burn-up">
      <h2 id="gp-burn-up">Burn-up</h2>
      {state.status === 'loading' && <Loading label="Counting the work done over time…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
      {state.status === 'ready' && <BurnUpChart view={state.data} />}
    </section>
  );
}
