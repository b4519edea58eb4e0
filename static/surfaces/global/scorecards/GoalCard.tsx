// One goal's scorecard: who leads and manages it, its diagnosis, its KPI table and its check-ins.
import { useState } from 'react';
import type { GoalScorecard, RecordResult } from '../../../../src/shared/api/scorecards';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import type { Kpi } from '../../../../src/shared/model/kpi';
import { CheckIns } from './CheckIns';
import { AtRiskAgreements } from '../../../kit/ui/agreements/AtRiskAgreements';
import { DiagnosisNote } from '../../../kit/ui/scorecard/DiagnosisNote';
import { KpiEditor } from './KpiEditor';
import { KpiTable } from './KpiTable';
import { openGoal } from '../workspace-nav';
import { PersonName } from '../../../kit/ui/Avatar';

interface Props {
  scorecard: GoalScorecard;
  today: string;
  names: ReadonlyMap<string, string>;
  canEditKpis: boolean;
  onRecorded(result: RecordResult, kpiName: string): void;
  onChanged(message?: string): void;
}

export function GoalCard({ scorecard, today, names, canEditKpis, onRecorded, onChanged }: Props) {
  const { goal } = scorecard;
  const [editing, setEditing] = useState<Kpi | 'new' | null>(null);
  const person = (id: string | null) => (id ? <PersonName person={{ accountId: id, displayName: names.get(id) ?? 'Unknown user' }} /> : 'nobody yet');
  const titleId = `goal-${goal.id}`;
  return (
    <article className="tl-card kp-goal tl-stack" aria-labelledby={titleId} data-testid="goal-scorecard" data-goal={goal.id} id={`scorecard-${goal.id}`}>
      <header className="kp-goal-head">
        <h3 id={titleId}>
          <button type="button" className="sc-link" onClick={() => openGoal(goal.id)} title="Open the goal’s page">
            {goal.title}
          </button>
        </h3>
        <span className="tl-small tl-subtle">
          {LEVEL_LABEL[goal.level]}
          {goal.status === 'draft' && ' · Draft'} · Leader {person(goal.leaderId)} · Manager {person(goal.managerId)}
        </span>
      </header>
      <DiagnosisNote diagnosis={scorecard.diagnosis} scope="goal" lastCheckIn={scorecard.checkIn.last} />
      <AtRiskAgreements lines={scorecard.agreementsAtRisk} onOpen={openGoal} />
      {scorecard.kpis.length > 0 ? (
        <KpiTable scorecard={scorecard} today={today} names={names} onRecorded={onRecorded} onChanged={() => onChanged()} />
      ) : (
        <p className="tl-subtle kp-no-kpis">
          No KPIs on this goal yet.{canEditKpis ? ' Add one to see whether success is in reach.' : ' Strategy editors can add them.'}
        </p>
      )}
      {canEditKpis && (
        <div className="tl-row tl-noprint">
          {editing === null && (
            <>
              <button type="button" className="tl-button kp-small" onClick={() => setEditing('new')} data-editor-opener={`kpi-${goal.id}`}>
                Add KPI
              </button>
              {scorecard.kpis.length > 0 && (
                <label className="tl-small kp-edit-pick">
                  <span className="tl-visually-hidden">Edit a KPI of {goal.title}</span>
                  <select
                    className="tl-select kp-small"
                    value=""
                    onChange={(e) => setEditing(scorecard.kpis.find((k) => k.kpi.id === e.target.value)?.kpi ?? null)}
                  >
                    <option value="">Edit a KPI…</option>
                    {scorecard.kpis.map((k) => (
                      <option key={k.kpi.id} value={k.kpi.id}>
                        {k.kpi.name}
                      </option>
                    ))}
                  </select>
                </label>
              )}
            </>
          )}
        </div>
      )}
      {editing !== null && (
        <KpiEditor
          goalId={goal.id}
          kpi={editing === 'new' ? null : editing}
          today={today}
          goalEnds={goal.timeframe.end}
          onClose={(message) => {
            setEditing(null);
            if (message) onChanged(message);
          }}
        />
      )}
      <CheckIns scorecard={scorecard} names={names} onChanged={() => onChanged()} />
    </article>
  );
}
