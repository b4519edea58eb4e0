// The admin's period table as a form: rows from the calendar, rows back to what the app takes, and the period an
// "Add" button suggests (the one after the last of its kind, or the one holding today).
import type { Period, PeriodInput, PeriodKind } from '../../../src/shared/model/period';

export interface PeriodRow {
  /** Stable React key; the period's id once saved. */
  key: string;
  id?: string;
  name: string;
  kind: PeriodKind;
  start: string;
  end: string;
  closed: Period['closed'];
}

export const rowsOf = (periods: readonly Period[]): PeriodRow[] =>
  periods.map((p) => ({ key: p.id, id: p.id, name: p.name, kind: p.kind, start: p.start, end: p.end, closed: p.closed }));

export const inputsOf = (rows: readonly PeriodRow[]): PeriodInput[] =>
  rows.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name, kind: r.kind, start: r.start, end: r.end }));

const MONTHS: Record<PeriodKind, number> = { quarter: 3, half: 6, year: 12 };

const addMonths = (day: string, months: number): string => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};
const dayBefore = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const nameOf = (kind: PeriodKind, start: string): string => {
  const y = start.slice(0, 4);
  const m = Number(start.slice(5, 7));
  if (kind === 'quarter') return `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
  if (kind === 'half') return `H${m <= 6 ? 1 : 2} ${y}`;
  return `FY ${y}`;
};

/** The calendar period of this kind holding `day` (quarters, halves and years of the calendar year). */
const holding = (kind: PeriodKind, day: string): string => {
  const m = Number(day.slice(5, 7));
  const first = m - ((m - 1) % MONTHS[kind]);
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
};

export const suggestRow = (rows: readonly PeriodRow[], kind: PeriodKind, today: string, key: string): PeriodRow => {
  const last = rows.filter((r) => r.kind === kind && /^\d{4}-\d{2}-\d{2}$/.test(r.end)).sort((a, b) => b.end.localeCompare(a.end))[0];
  const start = last ? addMonths(holding(kind, last.end), MONTHS[kind]) : holding(kind, today);
  return { key, name: nameOf(kind, start), kind, start, end: dayBefore(addMonths(start, MONTHS[kind])), closed: null };
};
