// Northwind's periods, relative to the demo day: the three quarters before the current one, the current one and the
// next one, the two halves and the year around today. None is closed: "the last quarter" (the full quarter before the
// demo day) waits for a strategy editor to close it.
import type { Period } from '../../src/shared/model/period';
import { addDays, addMonths, yearOf } from './random';

/** The first day of the quarter `offset` quarters from the one holding `day`. */
const quarterStart = (day: string, offset: number): string => {
  const month = Number(day.slice(5, 7));
  const first = `${day.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  return addMonths(first, offset * 3);
};

const quarter = (start: string): Period => {
  const q = Math.floor((Number(start.slice(5, 7)) - 1) / 3) + 1;
  const y = start.slice(0, 4);
  return { id: `p-${y}-q${q}`, name: `Q${q} ${y}`, kind: 'quarter', start, end: addDays(addMonths(start, 3), -1), closed: null, carried: {} };
};

/** The quarter before the demo day's: the one to close in the demo. */
export const lastQuarterOf = (today: string): Period => quarter(quarterStart(today, -1));

export function buildPeriods(today: string): Period[] {
  const y = yearOf(today);
  const quarters = [-3, -2, -1, 0, 1].map((o) => quarter(quarterStart(today, o)));
  const halves = [1, 2].map<Period>((h) => ({
    id: `p-${y}-h${h}`,
    name: `H${h} ${y}`,
    kind: 'half',
    start: h === 1 ? `${y}-01-01` : `${y}-07-01`,
    end: h === 1 ? `${y}-06-30` : `${y}-12-31`,
    closed: null,
    carried: {},
  }));
  const year: Period = { id: `p-${y}`, name: `FY ${y}`, kind: 'year', start: `${y}-01-01`, end: `${y}-12-31`, closed: null, carried: {} };
  return [...quarters, ...halves, year].sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
}
