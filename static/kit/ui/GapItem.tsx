// One gap: what kind it is (icon and words), what it is about, why it matters, who can fix it and a link there.
import { GAP_LABEL, type FixTarget, type Gap } from '../../../src/shared/api/alignment';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { fixLinkFrom, openLabel } from './gap-fix';
import './alignment.css';

const subjectOf = (g: Gap): string =>
  g.subject.kind === 'goal' ? g.subject.title : g.subject.kind === 'project' ? `${g.subject.name} (${g.subject.key})` : `${g.subject.key} ${g.subject.title}`;

interface Props {
  gap: Gap;
  onOpen: (link: FixTarget) => void;
  /** The goal whose page lists this gap: a fix that would open that same page shows no button. */
  hereGoalId?: string;
  /** Whether the reader may open a fix's place (default: any); one they may not shows no button. */
  mayOpen?: (link: FixTarget) => boolean;
}

export function GapItem({ gap, onOpen, hereGoalId, mayOpen }: Props) {
  const found = fixLinkFrom(gap.link, hereGoalId);
  const link = found && (!mayOpen || mayOpen(found)) ? found : null;
  return (
    <li className="tl-card tl-gap" data-testid="gap" data-kind={gap.kind}>
      <div className="tl-row tl-gap-head">
        <span className="tl-lozenge tl-lozenge--warning">
          <span aria-hidden="true">⚠</span>
          {GAP_LABEL[gap.kind]}
        </span>
        <span className="tl-small tl-subtle">{gap.level ? `${LEVEL_LABEL[gap.level]} level` : 'No level yet'}</span>
      </div>
      <strong className="tl-gap-subject">{subjectOf(gap)}</strong>
      <p className="tl-gap-why">{gap.why}</p>
      <div className="tl-row tl-gap-fix">
        <span className="tl-small">
          <strong>Who can fix it:</strong> {gap.who}. {gap.fix}
        </span>
        {link && (
          <button type="button" className="tl-button tl-gap-open" onClick={() => onOpen(link)}>
            {openLabel(link)}
          </button>
        )}
      </div>
    </li>
  );
}
