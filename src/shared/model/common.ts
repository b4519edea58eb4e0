// Small value schemas used across the data model.
import { z } from 'zod';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether 'YYYY-MM-DD' names a day of the Gregorian calendar (counted, not parsed: every stored date passes here). */
export const isRealDay = (s: string): boolean => {
  const [y, m, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return d <= (m === 2 && leap ? 29 : DAYS_IN_MONTH[m - 1]!);
};

/** A calendar day, 'YYYY-MM-DD', that really exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(isRealDay, 'not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
export const CANNOT_ENCODE = 'contains characters that cannot be encoded';

/** Whether text is well-formed UTF-16: no lone surrogate. */
export const isWellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);

/**
 * User text that can be encoded: well-formed UTF-16, no lone surrogate (which `encodeURIComponent`, JSON to Jira
 * and storage cannot carry). Every schema of user text starts from it, so bad text is VALIDATION at the edge.
 */
export const WellFormedText = z.string().refine(isWellFormed, CANNOT_ENCODE);

/** Control characters (line breaks, tabs, NUL) and the direction overrides and isolates that make text display in an
 *  order other than it is stored in ("Trojan Source"): never in a name shown on one line, in mails and on pages. */
const NOT_PLAIN = (cp: number): boolean => cp <= 0x1f || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
export const PLAIN_LINE = 'must be one line of plain text, without control or direction characters';
/** A text of several lines, as a sentence quotes it on one: each run of control characters (line breaks, tabs) reads as
 *  one space, and direction overrides and isolates are left out, so the rest of the sentence reads in its order. */
export const oneLine = (s: string): string => {
  let out = '';
  let gap = false;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if ((cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069)) continue;
    if (NOT_PLAIN(cp)) {
      gap = true;
      continue;
    }
    if (gap && out !== '') out += ' ';
    gap = false;
    out += ch;
  }
  return out;
};
export const isPlainLine = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (NOT_PLAIN(s.charCodeAt(i))) return false;
  return true;
};

/** What a people picker searches for. */
export const PeopleQuery = WellFormedText.trim().min(1).max(100);

export const AccountId = z
  .string()
  .min(1)
  .max(128)
  .regex(/^[A-Za-z0-9:_-]+$/, 'not an account id');
export type AccountId = z.infer<typeof AccountId>;

/** App-generated ids: short, storage-key-safe. */
export const EntityId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'not an id');
export type EntityId = z.infer<typeof EntityId>;

/** A finite number: NaN, Infinity and overflowed literals are refused. */
export const FiniteNumber = z.number().refine(Number.isFinite, 'must be a finite number');

export const Version = z.number().int().nonnegative();

/** Display names captured when something was saved, so read paths need no extra Jira call per person: keyed by the
 *  Jira account id they were asked for (an import naming anything else is refused). */
export const PeopleNames = z.record(AccountId, z.string().max(255), { error: (iss) => (iss.code === 'invalid_key' ? 'not a Jira account id' : undefined) });
export type PeopleNames = z.infer<typeof PeopleNames>;
