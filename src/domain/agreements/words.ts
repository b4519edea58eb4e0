// Agreements in words: how long an open one has waited, one sentence for each state ("Agreed, needed by 15 Mar 2027",
// "Proposed, waiting 9 days for an answer"), a commitment's standing ("Committed by Daniel Okafor on 28 Nov 2026",
// "Not committed") and the issue panel's line about what a goal relies on. Pure.
import type { AgreementRisk, RiskReason, SupportState } from '../../shared/model/agreement';
import { daysBetween, dayOf, formatDay } from '../kpi/series';
import type { Standing } from './commitment';
import { isOpen } from './states';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** Whole days since the latest round while an answer is awaited; null once agreed or closed. */
export const waitingDays = (a: { state: SupportState; lastRoundAt: string }, today: string): number | null =>
  isOpen(a.state) ? Math.max(0, daysBetween(dayOf(a.lastRoundAt), today)) : null;

const waiting = (days: number): string => (days === 0 ? 'waiting since today for an answer' : `waiting ${plural(days, 'day')} for an answer`);

const CLOSED_WORDS: Record<'declined' | 'withdrawn' | 'fulfilled' | 'broken', string> = {
  declined: 'Declined',
  withdrawn: 'Withdrawn',
  fulfilled: 'Fulfilled',
  broken: 'Broken',
};

/** One sentence for the state of a support agreement. */
export const supportSummary = (a: { state: SupportState; neededBy: string; lastRoundAt: string; updatedAt: string }, today: string): string => {
  const days = waitingDays(a, today) ?? 0;
  switch (a.state) {
    case 'proposed':
      return `Proposed, ${waiting(days)}`;
    case 'countered':
      return `Countered for ${formatDay(a.neededBy)}, ${waiting(days)}`;
    case 'accepted':
      return `Agreed, needed by ${formatDay(a.neededBy)}`;
    case 'declined':
    case 'withdrawn':
    case 'fulfilled':
    case 'broken':
      return `${CLOSED_WORDS[a.state]} on ${formatDay(dayOf(a.updatedAt))}`;
    default: {
      const never: never = a.state;
      return never;
    }
  }
};

/** A risk in a few words, for a line that names it after "at risk:". */
export const RISK_SHORT: Record<RiskReason, string> = {
  'provider-flagged': 'they flagged a risk',
  'shift-execution': 'its execution needs a shift',
  'kpi-off-track': 'a KPI is off track',
  'work-behind': 'work is behind',
  overdue: 'it is overdue',
  'provider-archived': 'the goal was archived',
};

/** The issue panel's line: what a goal of the chain relies on, and how that stands. */
export const relianceSentence = (providerTitle: string, a: { state: SupportState; neededBy: string }, risks: readonly AgreementRisk[]): string => {
  const provider = `“${providerTitle}”`;
  const risk = risks[0] ? `, at risk: ${RISK_SHORT[risks[0].reason]}` : '';
  if (a.state === 'accepted') return `Relies on ${provider}, agreed for ${formatDay(a.neededBy)}${risk}`;
  // After a counter the turn is the asking goal's: its leader or manager accepts, counters again or withdraws.
  if (a.state === 'countered') return `Asked ${provider} for support; they countered for ${formatDay(a.neededBy)}, and the answer is this goal’s to give`;
  if (a.state === 'proposed') return `Asked ${provider} for support by ${formatDay(a.neededBy)}, waiting for an answer`;
  return `Asked ${provider} for support: ${CLOSED_WORDS[a.state].toLowerCase()}`;
};

/** The issue panel's line the other way round: who relies on a goal of the chain, and how that stands. */
export const reliedOnSentence = (askerTitle: string, a: { state: SupportState; neededBy: string }, risks: readonly AgreementRisk[]): string => {
  const asker = `“${askerTitle}”`;
  // Said on the providing goal's own work: its flag is its people's.
  const short = risks[0] ? (risks[0].reason === 'provider-flagged' ? 'its people flagged a risk' : RISK_SHORT[risks[0].reason]) : '';
  const risk = risks[0] ? `, at risk: ${short}` : '';
  if (a.state === 'accepted') return `${asker} relies on it, agreed for ${formatDay(a.neededBy)}${risk}`;
  if (a.state === 'countered') return `${asker} asked it for support; the terms are still being agreed (latest: needed by ${formatDay(a.neededBy)})`;
  if (a.state === 'proposed') return `${asker} asked it for support by ${formatDay(a.neededBy)}, waiting for its answer`;
  return `${asker} asked it for support: ${CLOSED_WORDS[a.state].toLowerCase()}`;
};

/** One sentence for where a goal stands with its parent. `byName` is who made the current commitment. */
export const commitmentSummary = (
  standing: Standing,
  record: { by: string; asEditor: boolean; at: string; state: string } | undefined,
  byName: string,
): string => {
  const editor = record?.asEditor ? ' (as editor)' : '';
  const when = record ? formatDay(dayOf(record.at)) : '';
  switch (standing.status) {
    case 'no-parent':
      return 'No parent goal to commit to';
    case 'not-committed':
      return 'Not committed';
    case 'committed':
      return `Committed by ${byName}${editor} on ${when}`;
    case 'concern':
      return `Concern raised by ${byName}${editor} on ${when}`;
    case 'ask-again': {
      const made = record?.state === 'concern' ? `${byName} raised a concern on ${when}` : `${byName} committed on ${when}`;
      return standing.why === 'reparented'
        ? `Asked again: the goal moved to another parent since ${made}`
        : `Asked again: the parent’s target changed since ${made}`;
    }
    default: {
      const never: never = standing.status;
      return never;
    }
  }
};
