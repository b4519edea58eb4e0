// What the goal page's Agreements section says first, pure: live agreements before closed ones, and one line that
// counts what matters ("Relies on 2 goals, 1 at risk · Relied on by 1 · 1 waits for your answer").
import type { GoalAgreementsView, SupportView } from '../../../../src/shared/api/agreements';
import { CLOSED_SUPPORT_STATES } from '../../../../src/shared/model/agreement';

export const isClosed = (a: Pick<SupportView, 'state'>): boolean => CLOSED_SUPPORT_STATES.includes(a.state);
export const isAtRisk = (a: Pick<SupportView, 'state' | 'risks'>): boolean => a.state === 'accepted' && a.risks.length > 0;
/** The viewer's answer is awaited on this goal's page: it is this goal's side's turn and the viewer may accept for it, or
 *  (on the relying goal's page) a risk its provider flagged waits for the viewer to acknowledge it. */
export const awaitsViewer = (a: Pick<SupportView, 'turn' | 'can'>, pageSide: 'asker' | 'provider'): boolean =>
  (a.turn === pageSide && a.can.includes('accept')) || (pageSide === 'asker' && a.can.includes('acknowledge'));

/** Live first (at risk, then waiting for the viewer, then the rest, each as the server ordered them), closed apart. */
export const splitLive = (list: readonly SupportView[], pageSide: 'asker' | 'provider'): { live: SupportView[]; closed: SupportView[] } => {
  const live = list.filter((a) => !isClosed(a));
  const rank = (a: SupportView) => (isAtRisk(a) ? 0 : awaitsViewer(a, pageSide) ? 1 : 2);
  return {
    live: live
      .map((a, i) => [a, i] as const)
      .sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j)
      .map(([a]) => a),
    closed: list.filter(isClosed),
  };
};

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const sectionSummary = (v: Pick<GoalAgreementsView, 'reliesOn' | 'reliedOnBy'>): string => {
  const relies = v.reliesOn.filter((a) => !isClosed(a));
  const relied = v.reliedOnBy.filter((a) => !isClosed(a));
  if (relies.length === 0 && relied.length === 0) return 'No open agreements with other goals.';
  const atRisk = relies.filter(isAtRisk).length;
  const parts = [
    relies.length > 0 ? `Relies on ${count(relies.length, 'goal', 'goals')}${atRisk > 0 ? `, ${atRisk} at risk` : ''}` : '',
    relied.length > 0
      ? `Relied on by ${count(relied.length, 'goal', 'goals')}${relied.some(isAtRisk) ? `, ${relied.filter(isAtRisk).length} at risk` : ''}`
      : '',
  ];
  const waiting = relies.filter((a) => awaitsViewer(a, 'asker')).length + relied.filter((a) => awaitsViewer(a, 'provider')).length;
  if (waiting > 0) parts.push(`${waiting} ${waiting === 1 ? 'waits' : 'wait'} for your answer`);
  return parts.filter(Boolean).join(' · ');
};

/** The goal at the top of a goal's branch (its strategy goal), for the agreement web; the goal itself when unknown. */
export const topOf = (goals: readonly { id: string; parentId: string | null }[], goalId: string): string => {
  const byId = new Map(goals.map((g) => [g.id, g]));
  let id = goalId;
  const seen = new Set<string>();
  for (let g = byId.get(id); g?.parentId && byId.has(g.parentId) && !seen.has(g.parentId); g = byId.get(id)) {
    seen.add(id);
    id = g.parentId;
  }
  return id;
};

/**
 * The line under a goal not yet committed to its parent: who can commit it. The viewer may be its leader, its manager
 * or a strategy editor, and the view does not say which, so the line does not guess.
 */
export const notCommittedLine = (canCommit: boolean): string =>
  `Nobody has committed this goal to its parent yet. ${canCommit ? 'You can commit it or raise a concern.' : 'Its leader, its manager or a strategy editor can.'}`;
