// A goal's stage of the cycle, on every surface: a short tag for rows (its sentences in the tooltip and for screen
// readers), and the stage with what it asks of the leader and of the manager, open or behind a disclosure.
import { STAGE_ASKS, STAGE_LABEL, STAGE_MEANING } from '../../../src/shared/cycle';
import type { CycleStage } from '../../../src/shared/model/goal';
import './stage.css';

const asksText = (stage: CycleStage): string => `${STAGE_ASKS[stage].leader} ${STAGE_ASKS[stage].manager}`;

/** "Stage: Execute" on one row; the full sentences are its description. */
export function StageTag({ stage }: { stage: CycleStage | undefined }) {
  if (!stage) return null;
  return (
    <span className="tl-stage-tag tl-small" title={asksText(stage)} data-testid="stage-tag" data-stage={stage}>
      Stage: {STAGE_LABEL[stage]}
      <span className="tl-visually-hidden"> ({asksText(stage)})</span>
    </span>
  );
}

/** What the stage asks of each role, one sentence each. */
export function StageAsks({ stage }: { stage: CycleStage }) {
  return (
    <ul className="tl-stage-asks tl-small" data-testid="stage-asks">
      <li>{STAGE_ASKS[stage].leader}</li>
      <li>{STAGE_ASKS[stage].manager}</li>
    </ul>
  );
}

/** The stage named, its meaning and what it asks, behind a disclosure that opens with the keyboard too. */
export function StageDetails({ stage }: { stage: CycleStage | undefined }) {
  if (!stage) return null;
  return (
    <details className="tl-stage-details" data-testid="stage-details" data-stage={stage}>
      <summary className="tl-small">
        Stage: <strong>{STAGE_LABEL[stage]}</strong>
      </summary>
      <p className="tl-small tl-subtle">{STAGE_MEANING[stage]}</p>
      <StageAsks stage={stage} />
    </details>
  );
}
