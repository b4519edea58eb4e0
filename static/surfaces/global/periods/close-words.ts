// What closing a period freezes, in words: the figures of the day it is closed, said plainly when that day is well
// after the period's end, so nobody reads a late close as the position on the last day of the period.
import { day } from '../../../kit/ui/scorecard/words';

/** Days after a period's end within which a close counts as on time. */
export const CLOSE_GRACE_DAYS = 7;

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

export const closeWords = (period: { name: string; end: string }, today: string): string => {
  const late = daysBetween(period.end, today);
  const base = `Every goal’s KPIs, work and last check-in are frozen as they are today, ${day(today)}. This cannot be undone.`;
  return late > CLOSE_GRACE_DAYS
    ? `${period.name} ended ${late} days ago, on ${day(period.end)}: the snapshot holds today’s figures, not those of its last day. ${base}`
    : base;
};

interface ClosablePeriod {
  id: string;
  start: string;
  end: string;
  closed?: unknown;
}

/**
 * The periods that wait to be closed, the latest to end first (of those ending together, the shortest: the quarter
 * before the half and the year): `next`, those ending after every closed period; `passed`, older ones never closed.
 * Closing Q3 must not then put Q2 forward: its snapshot would hold today's figures under Q2's name.
 */
export const periodsToClose = <P extends ClosablePeriod>(periods: readonly P[], today: string): { next: P[]; passed: P[] } => {
  const lastClosedEnd = periods.filter((p) => p.closed).reduce<string>((m, p) => (p.end > m ? p.end : m), '');
  const ended = periods.filter((p) => !p.closed && p.end <= today).sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start));
  return { next: ended.filter((p) => p.end > lastClosedEnd), passed: ended.filter((p) => p.end <= lastClosedEnd) };
};
