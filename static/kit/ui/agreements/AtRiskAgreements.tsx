// A goal's agreed support that is at risk, next to its diagnosis on scorecards (the workspace's and the macro's):
// one line each, "Relies on ‹Reliable, fast engineering delivery›, agreed for 12 Feb 2027, at risk: a KPI is off
// track", the providing goal a link. Told by an icon and words; nothing shows when nothing is at risk.
import type { RelianceLine } from '../../../../src/shared/api/agreements';
import { relianceParts } from './words';
import '../goal-link.css';
import './agreements.css';

interface Props {
  lines: readonly RelianceLine[] | undefined;
  /** Opens a goal's page: in the workspace's own history, or a new tab from a Confluence page. */
  onOpen(goalId: string): void;
  linkTitle?: string;
}

export function AtRiskAgreements({ lines, onOpen, linkTitle = 'Open the goal’s page' }: Props) {
  if (!lines || lines.length === 0) return null;
  return (
    <div className="tl-at-risk-agreements" data-testid="agreements-at-risk">
      <strong className="tl-small">
        <span aria-hidden="true">⚠ </span>
        {lines.length === 1 ? 'An agreement it relies on is at risk' : `${lines.length} agreements it relies on are at risk`}
      </strong>
      <ul className="tl-agreement-risks">
        {lines.map((line) => {
          const { before, after } = relianceParts(line);
          return (
            <li key={`${line.provider.id}-${line.neededBy}`} className="tl-small" data-testid="agreement-at-risk">
              <span>
                {before}
                <button type="button" className="tl-goal-link" onClick={() => onOpen(line.provider.id)} title={linkTitle}>
                  {line.provider.title}
                </button>
                {after}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
