// Days and moments, written one way on every surface: "28 Nov 2026" and "28 Nov 2026, 04:36", the same
// day-month-year order the backend's sentences use (e.g. "20% on 28 Nov 2026"), so a page never mixes formats.
import { dayWords } from '../../../src/shared/day-words';

const MOMENT = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** A calendar day ('YYYY-MM-DD'), formatted in UTC so no viewer sees the day before. */
export const formatDay = (iso: string): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? iso : dayWords(d.toISOString().slice(0, 10));
};

/** A moment (ISO date-time), in the viewer's time zone. */
export const formatMoment = (iso: string): string => {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const time = MOMENT.formatToParts(d)
    .flatMap((p) => (p.type === 'hour' || p.type === 'minute' ? [p.value] : []))
    .join(':');
  return `${dayWords(localDay(d))}, ${time}`;
};

/** The viewer's own calendar day of a moment (now by default), 'YYYY-MM-DD'; not the UTC day. */
export const localDay = (at: Date = new Date()): string =>
  `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}`;
