// Measurements as a time series: one value per day, oldest first, whatever order they were recorded in; and
// the calendar arithmetic (UTC days) the evaluation rules use.
import { numberWords } from '../../shared/number-words';
import type { Measurement, SeriesPoint } from '../../shared/model/kpi';
import { dayWords } from '../../shared/day-words';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a 'YYYY-MM-DD' day. */
export const dayNumber = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
export const daysBetween = (from: string, to: string): number => dayNumber(to) - dayNumber(from);
export const addDays = (date: string, days: number): string => new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
export const dayOf = (isoTime: string): string => isoTime.slice(0, 10);

export const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** One point per day, sorted by date; where a day was recorded twice, the later recording wins. */
export const toSeries = (measurements: readonly Pick<Measurement, 'date' | 'value' | 'recordedAt'>[]): SeriesPoint[] => {
  const byDay = new Map<string, { value: number; recordedAt: string }>();
  for (const m of measurements) {
    const seen = byDay.get(m.date);
    if (!seen || m.recordedAt >= seen.recordedAt) byDay.set(m.date, { value: m.value, recordedAt: m.recordedAt });
  }
  return [...byDay.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, m]) => ({ date, value: m.value }));
};

/** A day for a sentence, as people read it: '2026-11-28' → '28 Nov 2026'. */
export const formatDay = dayWords;

/** A number for a sentence, as every page writes it (src/shared/number-words.ts). */
export const formatNumber = numberWords;
export const formatPercent = (share: number): string => `${Math.round(share * 100)}%`;
export const withUnit = (v: number, unit: string): string => {
  if (unit === '') return formatNumber(v);
  if (unit === '%') return `${formatNumber(v)}%`;
  if (unit.startsWith('$')) return `$${formatNumber(v)}${unit.slice(1)}`;
  return `${formatNumber(v)} ${unit}`;
};
