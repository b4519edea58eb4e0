// JQL date values: absolute 'yyyy-MM-dd[ HH:mm]' or 'yyyy/MM/dd[ HH:mm]' (read as UTC: the emulator
// gives every user the UTC time zone) and relative periods such as '-7d', '-1w 2d', '4h'.
import { badRequest } from '../http';

const UNIT_MS: Record<string, number> = { w: 7 * 86_400_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

export const parseJqlDate = (value: string, field: string, now: number): number => {
  const v = value.trim();
  const abs = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/.exec(v);
  if (abs) {
    const [, y, mo, d, h, mi] = abs;
    return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  }
  const rel = /^([-+])?\s*((?:\d+\s*[wdhm]\s*)+)$/i.exec(v);
  if (rel) {
    const sign = rel[1] === '-' ? -1 : 1;
    let ms = 0;
    for (const m of (rel[2] ?? '').matchAll(/(\d+)\s*([wdhm])/gi)) ms += Number(m[1]) * (UNIT_MS[(m[2] ?? '').toLowerCase()] ?? 0);
    return now + sign * ms;
  }
  return badRequest(
    `Date value '${value}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', ` +
      `'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );
};

/** A stored date (ISO, or Jira's +0000 form) as epoch ms; undefined when unreadable. */
export const storedDate = (v: unknown): number | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = Date.parse(v.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(t) ? undefined : t;
};
