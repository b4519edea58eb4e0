// When a goal's next check-in is due. Only active goals are expected to check in: a draft, achieved or archived
// goal is never flagged overdue. The clock starts at the last check-in, else at the goal's start (or the day it
// was written down); a check-in is due every CHECK_IN_EVERY_DAYS and overdue CHECK_IN_GRACE_DAYS later.
import { CHECK_IN_EVERY_DAYS, CHECK_IN_GRACE_DAYS, type CheckInDue } from '../../shared/model/check-in';
import type { GoalSummary } from '../../shared/model/goal';
import { addDays, daysBetween, dayOf, formatDay } from './series';

const NOT_EXPECTED: Record<string, string> = {
  draft: 'Draft goals are not expected to check in.',
  achieved: 'This goal is achieved; no more check-ins are expected.',
  archived: 'This goal is archived; no more check-ins are expected.',
};

export const checkInDue = (goal: Pick<GoalSummary, 'status' | 'timeframe' | 'createdAt'>, last: string | null, today: string): CheckInDue => {
  if (goal.status !== 'active') return { state: 'not-expected', last, due: null, reason: NOT_EXPECTED[goal.status] ?? 'No check-in is expected.' };
  const from = last ?? goal.timeframe.start ?? dayOf(goal.createdAt);
  const due = addDays(from, CHECK_IN_EVERY_DAYS);
  const late = daysBetween(due, today);
  if (late > CHECK_IN_GRACE_DAYS) {
    const since = last ? `No check-in since ${formatDay(last)}` : 'No check-in yet';
    return { state: 'overdue', last, due, reason: `${since}; one was due on ${formatDay(due)} (one every ${CHECK_IN_EVERY_DAYS} days).` };
  }
  return { state: 'on-time', last, due, reason: late > 0 ? `A check-in was due on ${formatDay(due)}.` : `Next check-in due by ${formatDay(due)}.` };
};
