// A goal's KPIs as a table; a row opens the inline form to record a value, or the list of its latest values.
import { useState } from 'react';
import type { GoalScorecard, RecordResult } from '../../../../src/shared/api/scorecards';
import { MeasurementHistory } from './MeasurementHistory';
import { KpiRow } from './KpiRow';
import { KPI_COLUMN } from '../../../kit/ui/scorecard/words';
import { RecordForm } from './RecordForm';

interface Props {
  scorecard: GoalScorecard;
  today: string;
  names: ReadonlyMap<string, string>;
  onRecorded(result: RecordResult, kpiName: string): void;
  onChanged(): void;
}

type Open = { kpiId: string; what: 'record' | 'history' } | null;

export function KpiTable({ scorecard, today, names, onRecorded, onChanged }: Props) {
  const [open, setOpen] = useState<Open>(null);
  const toggle = (kpiId: string, what: 'record' | 'history') => setOpen((o) => (o?.kpiId === kpiId && o.what === what ? null : { kpiId, what }));
  return (
    <div className="kp-table-wrap">
      <table className="kp-table kp-table--kpis" aria-label={`KPIs of ${scorecard.goal.title}`}>
        <colgroup>
          {['name', 'value', 'trend', 'state', 'forecast', 'actions'].map((c) => (
            <col key={c} className={`kp-col-${c}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th scope="col">KPI</th>
            <th scope="col">Current vs target</th>
            <th scope="col">Trend</th>
            <th scope="col" title={KPI_COLUMN.status.title}>
              {KPI_COLUMN.status.label}
            </th>
            <th scope="col" title={KPI_COLUMN.forecast.title}>
              {KPI_COLUMN.forecast.label}
            </th>
            <th scope="col" className="tl-noprint">
              <span className="tl-visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {scorecard.kpis.map((card) => {
            const isOpen = open?.kpiId === card.kpi.id ? open.what : null;
            return [
              <KpiRow
                key={card.kpi.id}
                card={card}
                canRecord={scorecard.canRecord}
                recording={isOpen === 'record'}
                historyOpen={isOpen === 'history'}
                onRecord={() => toggle(card.kpi.id, 'record')}
                onHistory={() => toggle(card.kpi.id, 'history')}
              />,
              isOpen && (
                <tr key={`${card.kpi.id}-open`} className="kp-open-row tl-noprint">
                  <td colSpan={6}>
                    {isOpen === 'record' ? (
                      <RecordForm
                        kpi={card.kpi}
                        points={card.points}
                        today={today}
                        onCancel={() => setOpen(null)}
                        onSaved={(result) => {
                          setOpen(null);
                          onRecorded(result, card.kpi.name);
                        }}
                      />
                    ) : (
                      <MeasurementHistory
                        kpi={card.kpi}
                        canChange={scorecard.canRecord && card.kpi.source.kind === 'manual'}
                        names={names}
                        onChanged={onChanged}
                      />
                    )}
                  </td>
                </tr>
              ),
            ];
          })}
        </tbody>
      </table>
    </div>
  );
}
