// `POST /api/v1/query` over plain keys (single `where key BEGINS_WITH`, sorted by key, limit ≤ 20,
// default 10) and the opaque cursor encoding shared with entity queries.
import { metadataFieldsOf, viewOf, type ItemView } from './keys';
import { KEYS, type Store } from './store';
import { badRequest, isObject, type JsonValue, optionalArray } from './types';

export const QUERY_DEFAULT_LIMIT = 10;
export const QUERY_MAX_LIMIT = 20;

/** Cursors are base64url JSON; they encode the position after which the next page starts. */
export function encodeCursor(payload: Record<string, JsonValue>): string {
  return Buffer.from(JSON.stringify(payload), 'utf8').toString('base64url');
}

/** Emulator-chosen code INVALID_CURSOR for a cursor this emulator did not issue. */
export function decodeCursor(raw: unknown, type: string): Record<string, unknown> | undefined {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (typeof raw !== 'string') return badRequest('INVALID_CURSOR', 'The cursor must be a string.');
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (isObject(parsed) && parsed.t === type) return parsed;
  } catch {
    // fall through
  }
  return badRequest('INVALID_CURSOR', 'The provided cursor is not valid for this query.');
}

/** `limit` absent → default; otherwise an integer in [1, max] or 400 `code`. */
export function parseLimit(raw: unknown, def: number, max: number, code: string): number {
  if (raw === undefined || raw === null) return def;
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < 1 || raw > max) {
    badRequest(code, `The limit must be an integer between 1 and ${max}; got ${JSON.stringify(raw)}.`);
  }
  return raw as number;
}

export interface QueryPage {
  data: ItemView[];
  cursor?: string;
}

/**
 * Codes from the platform's KVS error table: QUERY_WHERE_INVALID (more than one where clause),
 * QUERY_WHERE_FIELD_INVALID (not `key`), INVALID_FILTER_CONDITION (not BEGINS_WITH),
 * LIST_QUERY_LIMIT_EXCEEDED (limit outside 1..20).
 */
export function queryKeys(store: Store, body: Record<string, unknown>): QueryPage {
  const where = optionalArray(body, 'where') ?? [];
  if (where.length > 1) badRequest('QUERY_WHERE_INVALID', 'KVS queries should contain only a single "where" clause.');
  let prefix = '';
  const clause = where[0];
  if (clause !== undefined) {
    if (!isObject(clause)) return badRequest('BAD_REQUEST', 'where clause must be an object');
    if (clause.property !== 'key') badRequest('QUERY_WHERE_FIELD_INVALID', 'The specified field is not supported for filters.');
    if (clause.condition !== 'BEGINS_WITH') badRequest('INVALID_FILTER_CONDITION', 'The specified condition is not supported for filters.');
    const values = clause.values;
    if (!Array.isArray(values) || values.length !== 1 || (typeof values[0] !== 'string' && typeof values[0] !== 'number')) {
      badRequest('INVALID_FILTER_VALUES', 'BEGINS_WITH takes exactly one string value.');
    }
    prefix = String((values as unknown[])[0]);
  }
  const limit = parseLimit(body.limit, QUERY_DEFAULT_LIMIT, QUERY_MAX_LIMIT, 'LIST_QUERY_LIMIT_EXCEEDED');
  const after = decodeCursor(body.after ?? body.cursor, 'q');
  const afterKey = after && typeof after.k === 'string' ? after.k : undefined;
  const fields = metadataFieldsOf(body);

  // Every live key in order, kept by the store until a key changes (listing pages reads the same list).
  const sorted = store.memo(KEYS, 'sorted', (entries) => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const matching = sorted.filter(([key]) => key.startsWith(prefix) && (afterKey === undefined || key > afterKey));
  const page = matching.slice(0, limit);
  const data = page.map(([key, item]) => viewOf(key, item, fields));
  const last = page[page.length - 1];
  return matching.length > limit && last ? { data, cursor: encodeCursor({ t: 'q', k: last[0] }) } : { data };
}
