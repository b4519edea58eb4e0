// Words for the catalog's values (levels, stages, statuses, timeframes, moments), shown the same way everywhere.
import type { GoalStatus, Timeframe } from '../../../src/shared/model/goal';
import { formatDay, formatMoment } from '../../kit/ui/dates';
import { GOAL_STATUS_LOOK } from '../../kit/ui/looks';

export { formatDay, formatMoment };

export { STAGE_LABEL } from '../../../src/shared/cycle';

/** The words of the one look per status (static/kit/ui/looks.ts). */
export const STATUS_LABEL: Record<GoalStatus, string> = {
  draft: GOAL_STATUS_LOOK.draft.word,
  active: GOAL_STATUS_LOOK.active.word,
  achieved: GOAL_STATUS_LOOK.achieved.word,
  archived: GOAL_STATUS_LOOK.archived.word,
};

export { levelRank } from '../../../src/shared/levels';

const RELATIVE = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });

export const formatTimeframe = (t: Timeframe): string => {
  if (t.start && t.end) return `${formatDay(t.start)} – ${formatDay(t.end)}`;
  if (t.start) return `From ${formatDay(t.start)}, ongoing`;
  if (t.end) return `Until ${formatDay(t.end)}`;
  return 'No timeframe';
};

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

export const relativeTime = (iso: string, now: number = Date.now()): string => {
  const at = new Date(iso).getTime();
  if (Number.isNaN(at)) return iso;
  const seconds = Math.round((at - now) / 1000);
  for (const [unit, size] of STEPS) {
    if (Math.abs(seconds) >= size) return RELATIVE.format(Math.round(seconds / size), unit);
  }
  return 'just now';
};
