// The goal page's outcomes: each KPI with its status, numbers and chart; "Record a value" for the goal's leader,
// manager and strategy editors; "Add KPI" for strategy editors (the workspace's own KPI editor and record form).
import { useState, type ReactNode } from 'react';
import type { GoalScorecard, KpiCard, RecordResult } from '../../../../src/shared/api/scorecards';
import { Forecast } from '../../../kit/ui/scorecard/Forecast';
import { StatusBadge } from '../../../kit/ui/scorecard/StatusBadge';
import { CADENCE, CATEGORY, day, targetWords, withUnit } from '../../../kit/ui/scorecard/words';
import { KpiEditor } from '../scorecards/KpiEditor';
import { RecordForm } from '../scorecards/RecordForm';
import { KpiChart } from './KpiChart';

interface Props {
  scorecard: GoalScorecard;
  today: string;
  canEditKpis: boolean;
  /** Opened from "Record a value" (Due from you): this KPI's form is open on arrival for those who may record. */
  recordKpi?: string | null;
  onChanged(message: string): void;
}

function KpiPanel({
  card,
  today,
  canRecord,
  onRecorded,
  startRecording,
}: {
  card: KpiCard;
  today: string;
  canRecord: boolean;
  onRecorded(r: RecordResult): void;
  startRecording: boolean;
}) {
  const [recording, setRecording] = useState(startRecording && canRecord && card.kpi.source.kind === 'manual');
  const { kpi, evaluation: e } = card;
  return (
    <article className="tl-card gp-kpi tl-stack" data-testid="goal-kpi" data-kpi={kpi.id} aria-labelledby={`gp-kpi-${kpi.id}`}>
      <header className="gp-kpi-head">
        <h3 id={`gp-kpi-${kpi.id}`}>{kpi.name}</h3>
        <StatusBadge evaluation={e} />
      </header>
      <p className="tl-small tl-subtle">
        {CATEGORY[kpi.category]} · {CADENCE[kpi.cadence]} · Target {targetWords(kpi.target, kpi.unit)} by {day(kpi.targetDate)} · Baseline{' '}
        {withUnit(kpi.baseline.value, kpi.unit)} on {day(kpi.baseline.date)}
      </p>
      {/* The explanation says the value's day itself ("95% on 7 Dec 2026 is…"): the figure is not said twice. */}
      <p className="gp-kpi-now">
        <strong data-testid="kpi-current">{e.current ? withUnit(e.current.value, kpi.unit) : 'No value yet'}</strong>
        <span className="tl-small" data-testid="kpi-explanation">
          {e.explanation}
        </span>
      </p>
      {e.stale && (
        <p className="tl-small kp-stale">
          <span aria-hidden="true">◔ </span>
          {e.stale.reason}
        </p>
      )}
      <KpiChart card={card} today={today} />
      <div className="tl-row">
        <span className="tl-small tl-subtle">Forecast for {day(kpi.targetDate)}:</span>
        <Forecast forecast={e.forecast} unit={kpi.unit} />
        {canRecord && kpi.source.kind === 'manual' && !recording && (
          <button type="button" className="tl-button tl-noprint" onClick={() => setRecording(true)} aria-label={`Record a value of ${kpi.name}`}>
            Record a value
          </button>
        )}
      </div>
      {recording && (
        <RecordForm
          kpi={kpi}
          points={card.points}
          today={today}
          onCancel={() => setRecording(false)}
          onSaved={(r) => {
            setRecording(false);
            onRecorded(r);
          }}
        />
      )}
    </article>
  );
}

export function GoalKpis({ scorecard, today, canEditKpis, onChanged, recordKpi = null, notice }: Props & { notice?: ReactNode }) {
  const [adding, setAdding] = useState(false);
  const recorded = (r: RecordResult, card: KpiCard) =>
    onChanged(
      r.outcome === 'unchanged'
        ? `${card.kpi.name} already had that value on ${day(r.measurement.date)}; nothing changed.`
        : `Recorded ${withUnit(r.measurement.value, card.kpi.unit)} for ${card.kpi.name} on ${day(r.measurement.date)}.`,
    );
  return (
    <section className="tl-stack" aria-labelledby="gp-kpis">
      <div className="gp-section-head">
        <h2 id="gp-kpis">KPIs</h2>
        {canEditKpis && !adding && (
          <button type="button" className="tl-button tl-noprint" onClick={() => setAdding(true)}>
            <span aria-hidden="true">+ </span>Add KPI
          </button>
        )}
      </div>
      {notice}
      {adding && (
        <KpiEditor
          goalId={scorecard.goal.id}
          kpi={null}
          today={today}
          goalEnds={scorecard.goal.timeframe.end}
          onClose={(message) => {
            setAdding(false);
            if (message) onChanged(message);
          }}
        />
      )}
      {scorecard.kpis.length === 0 ? (
        <p className="tl-subtle">No KPIs on this goal yet.{canEditKpis ? ' Add one to see whether success is in reach.' : ' Strategy editors can add them.'}</p>
      ) : (
        <div className="gp-kpis">
          {scorecard.kpis.map((card) => (
            <KpiPanel
              key={card.kpi.id}
              card={card}
              today={today}
              canRecord={scorecard.canRecord}
              onRecorded={(r) => recorded(r, card)}
              startRecording={card.kpi.id === recordKpi}
            />
          ))}
        </div>
      )}
    </section>
  );
}
