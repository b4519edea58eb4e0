// Small value schemas used across the data model.
import { z } from 'zod';

/** A calendar day, 'YYYY-MM-DD', that really exists. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'not a real calendar date');
export type IsoDate = z.infer<typeof IsoDate>;

/**
 * User text that can be encoded: well-formed UTF-16, no lone surrogate (which `encodeURIComponent`, JSON to Jira
 * and storage cannot carry). Every schema of user text starts from it, so bad text is VALIDATION at the edge.
 */
export const WellFormedText = z.string().regex(/^(?:[^\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF])*$/, 'contains characters that cannot be encoded');

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

/** Display names captured when something was saved, so read paths need no extra Jira call per person. */
export const PeopleNames = z.record(z.string(), z.string().max(255));
export type PeopleNames = z.infer<typeof PeopleNames>;
