// The gaps agreements open, in words: a support agreement unanswered for a week (the side whose turn it is fixes it), an
// agreed support at risk (the providing goal's people, with the asking goal's), and a goal not committed to its parent
// (its leader or manager). Only from the viewer's agreement signals, so only about agreements they may read. Pure.
import { AGREEMENT_UNANSWERED_DAYS } from '../../shared/model/agreement';
import type { Gap, GapKind } from '../../shared/api/alignment';
import type { GoalSummary } from '../../shared/model/goal';
import type { LiveAgreement } from '../agreements/signals';
import { formatDay } from '../kpi/series';
import type { AlignmentModel } from './tree-model';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const quoted = (g: Pick<GoalSummary, 'title'>): string => `“${g.title}”`;

/** "Anika Sharma or Lucas Moreau (leader and manager of “…”), or a strategy editor". */
export const peopleOf = (m: AlignmentModel, g: GoalSummary): string => {
  const names = [g.leaderId, g.managerId].filter((id): id is string => id !== null).map((id) => m.people[id] ?? 'Unknown user');
  const unique = [...new Set(names)];
  if (unique.length === 0) return `A strategy editor (${quoted(g)} has no leader or manager)`;
  const roles = g.leaderId && g.managerId && g.leaderId !== g.managerId ? 'leader and manager' : g.leaderId ? 'leader' : 'manager';
  return `${unique.join(' or ')} (${roles} of ${quoted(g)}), or a strategy editor`;
};

/** Whether an agreed support or an open request is a gap, and for which goal (the subject). */
const subject = (g: GoalSummary) => ({ kind: 'goal' as const, id: g.id, title: g.title });
const link = (g: GoalSummary) => ({ target: 'goal' as const, goalId: g.id });

export const unansweredGap = (m: AlignmentModel, a: LiveAgreement): Gap => {
  const awaited = a.summary.turn === 'asker' ? a.from : a.to;
  const days = a.waitingDays ?? AGREEMENT_UNANSWERED_DAYS;
  const ask = a.summary.ask ? ` (“${a.summary.ask}”, needed by ${formatDay(a.summary.neededBy)})` : ` (needed by ${formatDay(a.summary.neededBy)})`;
  const why =
    a.summary.turn === 'asker'
      ? `No answer for ${plural(days, 'day')} to the counter ${quoted(a.to)} made to the request of ${quoted(a.from)}${ask}, so neither side can plan on it.`
      : `No answer for ${plural(days, 'day')} to what ${quoted(a.from)} asked of ${quoted(a.to)}${ask}, so the asking team cannot plan on it.`;
  return {
    id: `agreement-unanswered:${a.summary.id}`,
    kind: 'agreement-unanswered',
    level: awaited.level,
    subject: subject(awaited),
    why,
    who: peopleOf(m, awaited),
    fix:
      a.summary.turn === 'asker'
        ? 'Accept the counter, counter it or withdraw the request, on the goal’s page.'
        : 'Accept, counter or decline the request, on the goal’s page.',
    link: link(awaited),
  };
};

export const atRiskGap = (m: AlignmentModel, a: LiveAgreement): Gap => ({
  id: `agreement-at-risk:${a.summary.id}`,
  kind: 'agreement-at-risk',
  level: a.from.level,
  subject: subject(a.from),
  why: `It relies on ${quoted(a.to)}, agreed for ${formatDay(a.summary.neededBy)}, and that is at risk. ${a.risks.map((r) => r.sentence).join(' ')}`,
  who: `${peopleOf(m, a.to)}; with the people of ${quoted(a.from)}`,
  fix: a.summary.flag
    ? 'Its provider flagged the risk: agree what happens now. They propose new terms or say it is back on track; or the asking goal withdraws it or marks it broken.'
    : 'The providing goal’s people say where it stands, on the goal’s page: flag the risk, or propose new terms for the asking goal to accept. Or the asking goal withdraws it or marks it broken.',
  link: link(a.from),
});

const NOT_COMMITTED_WHY = {
  'not-committed': (parent: GoalSummary) =>
    `It has not committed to its parent ${quoted(parent)}, so nobody has agreed to carry its share of the parent’s target.`,
  reparented: (parent: GoalSummary) => `It moved under ${quoted(parent)} and has not committed to it yet, so its share of the parent’s target is not agreed.`,
  'target-changed': (parent: GoalSummary) => `The target of ${quoted(parent)} changed since it committed, so its commitment no longer covers the new target.`,
  concern: (parent: GoalSummary) => `Its people raised a concern instead of committing to ${quoted(parent)}, so the parent’s target is not carried in full.`,
};

/** A goal not committed to its parent: only active goals under a parent that is not archived. */
export const notCommittedGap = (m: AlignmentModel, g: GoalSummary): Gap | undefined => {
  const s = m.agreements?.standingOf(g.id);
  if (!s || !s.parent || g.status !== 'active' || s.parent.status === 'archived') return undefined;
  const { status, why } = s.standing;
  if (status !== 'not-committed' && status !== 'ask-again' && status !== 'concern') return undefined;
  // A Self goal is one person's own: nobody asks it to commit to its parent's target (it may, and is then held to it).
  if (status === 'not-committed' && g.level === 'self') return undefined;
  const reason = status === 'ask-again' ? (why ?? 'target-changed') : status;
  return {
    id: `goal-not-committed:${g.id}`,
    kind: 'goal-not-committed',
    level: g.level,
    subject: subject(g),
    why: NOT_COMMITTED_WHY[reason](s.parent),
    who: peopleOf(m, g),
    fix:
      status === 'concern'
        ? 'Talk the concern through with the parent’s leader, then commit on the goal’s page.'
        : 'Commit the goal to its parent, or raise a concern, on the goal’s page.',
    link: link(g),
  };
};

/** The agreement gaps of the viewer's model (none when the viewer reads no agreements). */
export const agreementGaps = (m: AlignmentModel): Gap[] => {
  const s = m.agreements;
  if (!s) return [];
  const out: Gap[] = [];
  for (const a of s.live) {
    if (a.waitingDays !== null && a.waitingDays >= AGREEMENT_UNANSWERED_DAYS && a.summary.turn !== null) out.push(unansweredGap(m, a));
    if (a.risks.length > 0) out.push(atRiskGap(m, a));
  }
  for (const g of m.graph.byId.values()) {
    const gap = notCommittedGap(m, g);
    if (gap) out.push(gap);
  }
  return out;
};

/** The agreement gap kinds a goal's row carries. */
export const agreementGapKinds = (m: AlignmentModel, g: GoalSummary): GapKind[] => {
  const s = m.agreements;
  if (!s) return [];
  return [
    ...(s.awaitingOf(g.id).length > 0 ? (['agreement-unanswered'] as const) : []),
    ...(s.atRiskOf(g.id).length > 0 ? (['agreement-at-risk'] as const) : []),
    ...(notCommittedGap(m, g) ? (['goal-not-committed'] as const) : []),
  ];
};
