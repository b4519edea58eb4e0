// The badge of a tree row (the Alignment tab, the tree macro) whose goal has agreements at risk or unanswered: in
// words ("1 agreement at risk · 2 unanswered"), then the first reason beside it, also as the badge's tooltip.
import type { AgreementBadge } from '../../../../src/shared/api/agreements';
import { badgeWords } from './words';
import './agreements.css';

export function AgreementBadgeMark({ badge }: { badge: AgreementBadge | null | undefined }) {
  const words = badgeWords(badge);
  if (!words) return null;
  return (
    <span className="tl-agreement-mark" data-testid="agreement-badge">
      <span className={`tl-lozenge tl-lozenge--${words.tone} tl-agreement-badge`} title={words.title}>
        <span aria-hidden="true">{words.tone === 'danger' ? '⚠' : '⏳'}</span>
        {words.text}
      </span>
      {badge?.firstReason && (
        <span className="tl-small tl-subtle tl-agreement-reason" data-testid="agreement-reason">
          {badge.firstReason}
        </span>
      )}
    </span>
  );
}
