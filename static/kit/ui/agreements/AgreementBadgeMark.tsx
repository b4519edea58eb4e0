// The badge of a tree row (the Alignment tab, the tree macro) whose goal has agreements at risk or unanswered: in
// words ("1 agreement at risk · 2 unanswered"), with the first reason as its tooltip and in the accessible name.
import type { AgreementBadge } from '../../../../src/shared/api/agreements';
import { badgeWords } from './words';
import './agreements.css';

export function AgreementBadgeMark({ badge }: { badge: AgreementBadge | null | undefined }) {
  const words = badgeWords(badge);
  if (!words) return null;
  return (
    <span className={`tl-lozenge tl-lozenge--${words.tone} tl-agreement-badge`} title={words.title} data-testid="agreement-badge">
      <span aria-hidden="true">{words.tone === 'danger' ? '⚠' : '⏳'}</span>
      {words.text}
      <span className="tl-visually-hidden">: {words.title}</span>
    </span>
  );
}
