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
