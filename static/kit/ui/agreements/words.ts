// Words, icons and tones of agreements between goals, shared by every surface that shows them (goal page, issue
// panel, tree rows, the tree macro, scorecards, the agreement web): a state is always told by icon and word,
// never by colour alone. Pure, so it is tested without a browser.
import type { AgreementBadge, CommitmentView, RelianceLine, SupportView } from '../../../../src/shared/api/agreements';
import { AGREEMENT_UNANSWERED_DAYS, type CommitmentStatus, type SupportAction, type SupportState } from '../../../../src/shared/model/agreement';
import { formatDay } from '../dates';
import type { Tone } from '../Lozenge';

export interface Look {
  word: string;
  icon: string;
  tone: Tone | 'info';
}

export const STATE_LOOK: Record<SupportState, Look> = {
  proposed: { word: 'Proposed', icon: '?', tone: 'info' },
  countered: { word: 'Countered', icon: '⇄', tone: 'warning' },
  accepted: { word: 'Agreed', icon: '✓', tone: 'success' },
  declined: { word: 'Declined', icon: '✕', tone: 'neutral' },
  withdrawn: { word: 'Withdrawn', icon: '⊘', tone: 'neutral' },
  fulfilled: { word: 'Fulfilled', icon: '✓', tone: 'success' },
  broken: { word: 'Broken', icon: '✕', tone: 'danger' },
};

export const AT_RISK_LOOK: Look = { word: 'At risk', icon: '⚠', tone: 'danger' };

/** The look of an agreement as a whole: an accepted one with a risk reads "At risk" first. */
export const lookOf = (a: Pick<SupportView, 'state' | 'risks'>): Look => (a.state === 'accepted' && a.risks.length > 0 ? AT_RISK_LOOK : STATE_LOOK[a.state]);

/** One line that says where an agreement stands, e.g. "Agreed, needed by 15 Mar 2027". */
export const headline = (a: Pick<SupportView, 'state' | 'neededBy'>): string => {
  const by = formatDay(a.neededBy);
  switch (a.state) {
    case 'proposed':
      return `Proposed, needed by ${by}`;
    case 'countered':
      return `Countered: needed by ${by}`;
    case 'accepted':
      return `Agreed, needed by ${by}`;
    case 'declined':
      return `Declined (was needed by ${by})`;
    case 'withdrawn':
      return `Withdrawn (was needed by ${by})`;
    case 'fulfilled':
      return `Fulfilled (needed by ${by})`;
    case 'broken':
      return `Broken (was needed by ${by})`;
  }
};

const days = (n: number): string => `${n} ${n === 1 ? 'day' : 'days'}`;

/**
 * Whose answer is awaited, and for how long, from the page of `hereGoalId` ("Waiting 12 days for this goal’s
 * answer", "Waiting since today for an answer from “Dashboards 3.0”"); null when nobody's is. `overdue` once it has
 * waited as long as makes it a gap.
 */
export const turnWords = (a: Pick<SupportView, 'turn' | 'waitingDays' | 'from' | 'to'>, hereGoalId?: string): { text: string; overdue: boolean } | null => {
  if (a.turn === null) return null;
  const who = a.turn === 'provider' ? a.to : a.from;
  const whose = who.id === hereGoalId ? 'this goal’s answer' : `an answer from “${who.title}”`;
  const waited = a.waitingDays === null ? '' : a.waitingDays === 0 ? ' since today' : ` ${days(a.waitingDays)}`;
  return { text: `Waiting${waited} for ${whose}`, overdue: (a.waitingDays ?? 0) >= AGREEMENT_UNANSWERED_DAYS };
};

/** What each action is called on its button. */
export const ACTION_LABEL: Record<Exclude<SupportAction, 'propose'>, string> = {
  accept: 'Accept',
  counter: 'Counter',
  decline: 'Decline',
  withdraw: 'Withdraw',
  fulfil: 'Mark fulfilled',
  break: 'Mark broken',
  flag: 'Flag a risk',
  unflag: 'Back on track',
  acknowledge: 'Acknowledge the risk',
};

/** What an answer needs typed before it is sent. */
export type AnswerNeeds = 'nothing' | 'terms-and-date' | 'reason' | 'optional-reason' | 'optional-note';

export interface AnswerChoice {
  action: Exclude<SupportAction, 'propose'>;
  label: string;
  needs: AnswerNeeds;
  /** The one action the viewer most likely wants (drawn as the primary button). */
  primary: boolean;
}

const NEEDS: Record<AnswerChoice['action'], AnswerNeeds> = {
  accept: 'nothing',
  counter: 'terms-and-date',
  decline: 'reason',
  withdraw: 'optional-reason',
  fulfil: 'optional-note',
  break: 'reason',
  flag: 'reason',
  unflag: 'optional-note',
  acknowledge: 'optional-note',
};

const ORDER: AnswerChoice['action'][] = ['accept', 'acknowledge', 'counter', 'decline', 'fulfil', 'unflag', 'flag', 'break', 'withdraw'];

const labelOf = (action: AnswerChoice['action'], state: SupportState, flagged: boolean): string => {
  if (action === 'accept' && state === 'countered') return 'Accept the counter';
  // A flag stands (it may be cleared): flagging again says what puts it at risk now.
  if (action === 'flag' && flagged) return 'Update the risk';
  // Countering what was agreed is a renegotiation: it is the asker's to accept again.
  if (action === 'counter' && state === 'accepted') return 'Propose new terms';
  return ACTION_LABEL[action];
};

/** Whose action it is: the side whose turn it is answers an open agreement (the asker withdraws, or marks renegotiated
 *  support broken); on agreed support the provider flags, clears and proposes new terms, the asker marks it broken or
 *  withdraws, and either side marks it fulfilled. */
export const sideOfAction = (action: AnswerChoice['action'], a: Pick<SupportView, 'state' | 'turn'>): 'asker' | 'provider' | 'either' => {
  if (action === 'fulfil') return 'either';
  if (action === 'withdraw' || action === 'break' || action === 'acknowledge') return 'asker';
  if (action === 'flag' || action === 'unflag') return 'provider';
  if (a.state === 'accepted') return 'provider';
  return a.turn ?? 'either';
};

/**
 * The buttons the viewer gets, in a stable order, from what the server says they may do (`can`). On a goal's page only
 * that goal's side of the agreement (`pageSide`): a strategy editor who may act for both sides acts for the other on
 * the other goal's page, so nobody answers for a side without seeing whose page they are on.
 */
export const answerChoices = (a: Pick<SupportView, 'can' | 'state' | 'turn'>, pageSide?: 'asker' | 'provider'): AnswerChoice[] => {
  const allowed = ORDER.filter((action) => a.can.includes(action)).filter((action) => {
    const side = sideOfAction(action, a);
    return pageSide === undefined || side === 'either' || side === pageSide;
  });
  // While a flag stands the provider has just said it is in danger: no button is pressed for them; the asker's first
  // answer to it is to acknowledge it.
  const primary = allowed.includes('accept')
    ? 'accept'
    : allowed.includes('acknowledge')
      ? 'acknowledge'
      : allowed.includes('fulfil') && !a.can.includes('unflag')
        ? 'fulfil'
        : null;
  return allowed.map((action) => ({
    action,
    label: labelOf(action, a.state, a.can.includes('unflag')),
    needs: NEEDS[action],
    primary: action === primary,
  }));
};

/** The field label of an answer's text, by what it needs. */
export const answerTextLabel = (action: AnswerChoice['action']): string => {
  switch (action) {
    case 'counter':
      return 'Your terms';
    case 'decline':
      return 'Why you decline';
    case 'withdraw':
      return 'Why you withdraw (optional)';
    case 'fulfil':
    case 'unflag':
      return 'A note (optional)';
    case 'flag':
      return 'What puts it at risk';
    case 'acknowledge':
      return 'What you will do about it (optional)';
    case 'break':
      return 'What broke it';
    case 'accept':
      return '';
  }
};

/** What sending an answer does that its button does not say, under its form; null when the button says it all. */
export const answerHint = (action: AnswerChoice['action'], state: SupportState): string | null => {
  if (action === 'flag')
    return 'The asking goal’s people read this. Until you say it is back on track, the agreement shows as at risk on their tree rows, in the gaps and on their issues (as it does while the figures put it at risk).';
  if (action === 'counter' && state === 'accepted') return 'It is open again until the asking goal accepts your new terms, counters them or withdraws.';
  if (action === 'acknowledge')
    return 'The providing goal’s people read this. It stays at risk until they say it is back on track; you may still mark it broken or withdraw.';
  return null;
};

type RoundAction = SupportAction | 'committed' | 'concern';

const VERB: Record<RoundAction, string> = {
  propose: 'asked',
  accept: 'accepted',
  counter: 'countered',
  decline: 'declined',
  withdraw: 'withdrew',
  fulfil: 'marked it fulfilled',
  break: 'marked it broken',
  flag: 'flagged a risk',
  unflag: 'said it is back on track',
  acknowledge: 'acknowledged the risk',
  committed: 'committed',
  concern: 'raised a concern',
};

/** One round of a thread in words: "Helen Marsh countered (as editor), needed by 15 Apr 2027". */
export const roundWords = (r: { action: RoundAction; by: { displayName: string }; asEditor: boolean; neededBy: string | null }): string => {
  const date = r.neededBy === null ? '' : r.action === 'accept' ? `, for ${formatDay(r.neededBy)}` : `, needed by ${formatDay(r.neededBy)}`;
  return `${r.by.displayName} ${VERB[r.action]}${r.asEditor ? ' (as editor)' : ''}${date}`;
};

export const COMMITMENT_LOOK: Record<CommitmentStatus, Look> = {
  'no-parent': { word: 'No parent', icon: '–', tone: 'neutral' },
  'not-committed': { word: 'Not committed', icon: '○', tone: 'warning' },
  committed: { word: 'Committed', icon: '✓', tone: 'success' },
  concern: { word: 'Concern raised', icon: '!', tone: 'warning' },
  'ask-again': { word: 'Asked again', icon: '↻', tone: 'warning' },
};

/** Where a goal stands with its parent, in one line: "Committed by Daniel Okafor on 28 Nov 2026", "Not committed". */
export const commitmentHeadline = (c: Pick<CommitmentView, 'status' | 'by' | 'at' | 'summary' | 'asEditor'>): string => {
  const who = c.by ? `${c.by.displayName}${c.asEditor ? ' (as editor)' : ''}` : 'someone no longer here';
  const on = c.at ? ` on ${formatDay(c.at.slice(0, 10))}` : '';
  switch (c.status) {
    case 'no-parent':
      return 'No parent goal to commit to';
    case 'not-committed':
      return 'Not committed';
    case 'committed':
      return `Committed by ${who}${on}`;
    case 'concern':
      return `Concern raised by ${who}${on}`;
    case 'ask-again':
      // Why it is asked again (re-parented, the parent's target changed) only the server knows.
      return c.summary || 'Asked to commit again';
  }
};

/** How the issue panel says one reliance, around the provider's title (a link): "relies on ‹X›, agreed for 15 Mar 2027, at risk: Work is behind" (the risk is the server's sentence, as written: it may start with a goal's title). */
export const relianceTail = (line: Pick<RelianceLine, 'state' | 'neededBy' | 'risk'>): string => {
  const by = formatDay(line.neededBy);
  const state: Record<SupportState, string> = {
    proposed: `asked for ${by}, not answered yet`,
    countered: `countered for ${by}`,
    accepted: `agreed for ${by}`,
    declined: 'declined',
    withdrawn: 'withdrawn',
    fulfilled: `fulfilled (needed by ${by})`,
    broken: `broken (was needed by ${by})`,
  };
  return `, ${state[line.state]}${line.risk ? `, at risk: ${line.risk}` : ''}`;
};

/**
 * The issue panel's line around the provider's title, so the title can be a link: the server's sentence split at
 * the quoted title ("Relies on “X”, agreed for 15 Mar 2027, at risk: work is behind"), or, when the sentence does
 * not quote it, "Relies on" and the tail composed here.
 */
export const relianceParts = (line: Pick<RelianceLine, 'provider' | 'sentence' | 'state' | 'neededBy' | 'risk'>): { before: string; after: string } => {
  const quoted = `“${line.provider.title}”`;
  const at = line.sentence.indexOf(quoted);
  if (at >= 0) return { before: line.sentence.slice(0, at), after: line.sentence.slice(at + quoted.length) };
  return { before: 'Relies on ', after: relianceTail(line) };
};

/** The words of a row's badge (tree rows, the tree macro): null when there is nothing to flag. */
export const badgeWords = (b: AgreementBadge | null | undefined): { text: string; title: string; tone: 'danger' | 'warning' } | null => {
  if (!b || (b.atRisk === 0 && b.unanswered === 0)) return null;
  const parts = [b.atRisk > 0 ? `${b.atRisk} ${b.atRisk === 1 ? 'agreement' : 'agreements'} at risk` : '', b.unanswered > 0 ? `${b.unanswered} unanswered` : '']
    .filter(Boolean)
    .join(' · ');
  const title = b.firstReason ?? (b.unanswered > 0 ? 'A request for support waits for an answer' : parts);
  return { text: parts, title, tone: b.atRisk > 0 ? 'danger' : 'warning' };
};

/**
 * The gap chips a tree row shows beside its agreement badge: the badge already says "1 agreement at risk" and
 * "2 unanswered", so the chips of those two kinds would say it twice (they still count in the tree's tally).
 */
export const chipsBesideBadge = <K extends string>(gaps: readonly K[], b: AgreementBadge | null | undefined): K[] =>
  gaps.filter((k) => !((k === 'agreement-at-risk' && (b?.atRisk ?? 0) > 0) || (k === 'agreement-unanswered' && (b?.unanswered ?? 0) > 0)));
