// The diagnosis of a goal (or of a strategy branch): whose KPIs it judges, a headline with icon and word, and its one
// sentence.
import type { Diagnosis } from '../../../../src/shared/api/scorecards';
import { Lozenge, type Tone } from '../Lozenge';
import type { CheckInSummary } from '../../../../src/shared/model/check-in';
import { checkInDisagrees, DIAGNOSIS_ICON, DIAGNOSIS_TONE, scopeLabel, type DiagnosisScope } from './words';
import './scorecard.css';

/** With one signal missing, the tone follows the signal that is known. */
const toneOf = (d: Diagnosis): Tone => {
  const known = d.kind === 'outcomes-only' ? d.outcome : d.kind === 'delivery-only' ? d.delivery : null;
  if (known === null) return DIAGNOSIS_TONE[d.kind];
  return known === 'on-track' ? 'success' : 'warning';
};

interface Props {
  diagnosis: Diagnosis;
  /** Whose KPIs it judges: the goal's own, or its whole branch's (said beside the verdict, see DIAGNOSIS_SCOPE). */
  scope: DiagnosisScope;
  compact?: boolean;
  /** The goal's last check-in: when its people say otherwise than the figures, a line under the verdict says so. */
  lastCheckIn?: CheckInSummary | null;
}

export function DiagnosisNote({ diagnosis, scope, compact = false, lastCheckIn = null }: Props) {
  const { label, title } = scopeLabel(scope, diagnosis.kind);
  const disagree = checkInDisagrees(diagnosis, lastCheckIn);
  const note = (
    <p className={`kp-diagnosis${compact ? ' kp-diagnosis--compact' : ''}`} data-testid="diagnosis" data-scope={scope}>
      <span className="kp-diagnosis-scope" data-testid="diagnosis-scope" title={title}>
        {label}:
      </span>
      <Lozenge tone={toneOf(diagnosis)} icon={DIAGNOSIS_ICON[diagnosis.kind]}>
        {diagnosis.headline}
      </Lozenge>{' '}
      <span className="kp-diagnosis-sentence">{diagnosis.sentence}</span>
    </p>
  );
  if (!disagree) return note;
  return (
    <>
      {note}
      <p className="kp-diagnosis kp-diagnosis-voice" data-testid="diagnosis-check-in">
        <span className="kp-diagnosis-scope">Last check-in:</span>
        <span className="kp-diagnosis-sentence">{disagree}</span>
      </p>
    </>
  );
}
