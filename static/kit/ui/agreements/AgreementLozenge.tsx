// An agreement's state as a lozenge: an icon and the word ("⚠ At risk", "✓ Agreed"), never colour alone.
import type { SupportView } from '../../../../src/shared/api/agreements';
import { AT_RISK_LOOK, lookOf, STATE_LOOK } from './words';
import './agreements.css';

/** `agreement.atRisk` (the web's edges) or `agreement.risks` (full views) says whether an accepted one is at risk. */
export function AgreementLozenge({ agreement }: { agreement: Pick<SupportView, 'state'> & ({ risks: SupportView['risks'] } | { atRisk: boolean }) }) {
  const look = 'atRisk' in agreement ? (agreement.atRisk && agreement.state === 'accepted' ? AT_RISK_LOOK : STATE_LOOK[agreement.state]) : lookOf(agreement);
  return (
    <span className={`tl-lozenge tl-lozenge--${look.tone}`} data-testid="agreement-state" data-state={agreement.state}>
      <span aria-hidden="true">{look.icon}</span>
      {look.word}
    </span>
  );
}
