// The diagnosis of a goal (or of a strategy branch): a headline with icon and word, and its one sentence.
import type { Diagnosis } from '../../../../src/shared/api/scorecards';
import { Lozenge, type Tone } from '../Lozenge';
import { DIAGNOSIS_ICON, DIAGNOSIS_TONE } from './words';
import './scorecard.css';

/** With one signal missing, the tone follows the signal that is known. */
const toneOf = (d: Diagnosis): Tone => {
  const known = d.kind === 'outcomes-only' ? d.outcome : d.kind === 'delivery-only' ? d.delivery : null;
  if (known === null) return DIAGNOSIS_TONE[d.kind];
  return known === 'on-track' ? 'success' : 'warning';
};

export function DiagnosisNote({ diagnosis, compact = false }: { diagnosis: Diagnosis; compact?: boolean }) {
  return (
    <p className={`kp-diagnosis${compact ? ' kp-diagnosis--compact' : ''}`} data-testid="diagnosis">
      <Lozenge tone={toneOf(diagnosis)} icon={DIAGNOSIS_ICON[diagnosis.kind]}>
        {diagnosis.headline}
      </Lozenge>{' '}
      <span className="kp-diagnosis-sentence">{diagnosis.sentence}</span>
    </p>
  );
}
