// A KPI's status as a lozenge with icon and word; a stale KPI says so beside its status.
import type { KpiEvaluation } from '../../../../src/shared/model/kpi';
import { LookLozenge } from '../Lozenge';
import { NO_DATA, STALE, STATUS } from './words';
import './scorecard.css';

export function StatusBadge({ evaluation }: { evaluation: KpiEvaluation }) {
  const s = evaluation.status ? STATUS[evaluation.status] : NO_DATA;
  return (
    <span className="kp-status" data-testid="kpi-status">
      <LookLozenge look={s} />
      {evaluation.stale && <LookLozenge look={STALE} />}
    </span>
  );
}
