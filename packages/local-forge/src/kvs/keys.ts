// Request-level validation shared by every operation: keys, values (size/depth), set options
// (keyPolicy, returnValue, ttl) and metadata fields, plus the `{key, value, createdAt…}` projection.
import { badRequest, isObject, type JsonValue, KvsError, type KvsStoredItem } from './types';

/** Documented platform pattern (non-unicode mode, so `\s-#` is "whitespace, '-', '#'"). */
export const KEY_PATTERN = /^(?!\s+$)[a-zA-Z0-9:._\s-#]+$/;
export const MAX_KEY_LENGTH = 500;
export const MAX_VALUE_BYTES = 240 * 1024;
/** Container nesting levels allowed: `{a:{b:1}}` is 2. 31 containers + the leaf = the documented 32 levels. */
export const MAX_DEPTH = 31;
export const MAX_TTL_MS = 365 * 24 * 3600 * 1000;

export const METADATA_FIELDS = ['CREATED_AT', 'UPDATED_AT', 'EXPIRE_TIME'] as const;
export type MetadataFieldName = (typeof METADATA_FIELDS)[number];

/**
 * Codes from the platform's "Error handling for the Key-Value Store" page: KEY_TOO_SHORT / KEY_TOO_LONG /
 * INVALID_KEY for plain keys and secrets; the Custom Entity Store page uses EMPTY_KEY for an empty key.
 */
export function validateKey(key: unknown, store: 'kvs' | 'entity' = 'kvs'): string {
  if (typeof key !== 'string') return badRequest('BAD_REQUEST', 'Provided request body is invalid: "key" must be a string');
  if (key.length === 0) {
    return store === 'entity'
      ? badRequest('EMPTY_KEY', 'Key cannot be empty.')
      : badRequest('KEY_TOO_SHORT', 'The provided key needs to be at least one character.');
  }
  if (key.length > MAX_KEY_LENGTH) badRequest('KEY_TOO_LONG', `The provided key has exceeded the maximum ${MAX_KEY_LENGTH} characters.`);
  if (!KEY_PATTERN.test(key)) badRequest('INVALID_KEY', `The provided key does not match the regex: ${KEY_PATTERN.source}`);
  return key;
}

/** Nesting depth in containers; stops counting once `limit` is exceeded. */
function depthOf(v: unknown, limit: number): number {
  if (typeof v !== 'object' || v === null) return 0;
  let max = 0;
  for (const child of Array.isArray(v) ? v : Object.values(v)) {
    const d = depthOf(child, limit);
    if (d > max) max = d;
    if (max > limit) break;
  }
  return max + 1;
}

/** Codes MAX_SIZE / MAX_DEPTH as documented by the platform. */
export function validateValue(value: unknown): JsonValue {
  if (value === undefined || value === null) badRequest('BAD_REQUEST', 'Provided request body is invalid: "value" is required');
  const serialized = JSON.stringify(value);
  if (Buffer.byteLength(serialized, 'utf8') > MAX_VALUE_BYTES) {
    badRequest('MAX_SIZE', `The provided value has exceeded the maximum size limit (${MAX_VALUE_BYTES} bytes).`);
  }
  if (depthOf(value, MAX_DEPTH) > MAX_DEPTH) {
    badRequest('MAX_DEPTH', `The provided value has exceeded the maximum object depth (${MAX_DEPTH + 1}) limit.`);
  }
  return value as JsonValue;
}

export function parseMetadataFields(raw: unknown): MetadataFieldName[] {
  if (raw === undefined || raw === null) return [];
  if (!Array.isArray(raw)) return badRequest('BAD_REQUEST', 'metadataFields must be an array');
  return raw.map((f) => {
    if (!METADATA_FIELDS.includes(f as MetadataFieldName)) badRequest('BAD_REQUEST', `Unknown metadata field ${String(f)}`);
    return f as MetadataFieldName;
  });
}

/** `options.metadataFields` of get/query bodies (entity queries may also send it at top level). */
export function metadataFieldsOf(body: Record<string, unknown>): MetadataFieldName[] {
  const options = body.options;
  if (isObject(options) && options.metadataFields !== undefined) return parseMetadataFields(options.metadataFields);
  return parseMetadataFields(body.metadataFields);
}

const TTL_UNITS: Record<string, number> = { SECONDS: 1000, MINUTES: 60_000, HOURS: 3_600_000, DAYS: 86_400_000 };

export interface SetOptions {
  ttlMs?: number;
  failIfExists: boolean;
  returnValue?: 'PREVIOUS' | 'LATEST';
  returnMetadataFields: MetadataFieldName[];
}

/** Emulator-chosen codes: INVALID_TTL and INVALID_SET_OPTIONS (the platform documents neither). */
export function parseSetOptions(raw: unknown): SetOptions {
  const out: SetOptions = { failIfExists: false, returnMetadataFields: [] };
  if (raw === undefined || raw === null) return out;
  if (!isObject(raw)) return badRequest('BAD_REQUEST', '"options" must be an object');
  if (raw.ttl !== undefined) {
    const ttl = raw.ttl;
    const unitMs = isObject(ttl) && typeof ttl.unit === 'string' ? TTL_UNITS[ttl.unit] : undefined;
    const value = isObject(ttl) ? ttl.value : undefined;
    if (unitMs === undefined || typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
      badRequest('INVALID_TTL', 'ttl must be {value: positive integer, unit: SECONDS|MINUTES|HOURS|DAYS}');
    }
    out.ttlMs = (value as number) * (unitMs as number);
    if (out.ttlMs > MAX_TTL_MS) badRequest('INVALID_TTL', 'The maximum supported TTL is 1 year.');
  }
  const policy = raw.keyPolicy;
  if (policy !== undefined && policy !== 'OVERRIDE' && policy !== 'FAIL_IF_EXISTS') {
    badRequest('INVALID_SET_OPTIONS', 'keyPolicy must be OVERRIDE or FAIL_IF_EXISTS');
  }
  out.failIfExists = policy === 'FAIL_IF_EXISTS';
  if (raw.returnValue !== undefined) {
    if (raw.returnValue !== 'PREVIOUS' && raw.returnValue !== 'LATEST') badRequest('INVALID_SET_OPTIONS', 'returnValue must be PREVIOUS or LATEST');
    if (out.failIfExists) badRequest('INVALID_SET_OPTIONS', "If returnValue is provided, keyPolicy must be 'OVERRIDE'");
    out.returnValue = raw.returnValue as 'PREVIOUS' | 'LATEST';
  }
  if (raw.returnMetadataFields !== undefined) {
    if (out.returnValue === undefined) badRequest('INVALID_SET_OPTIONS', 'returnMetadataFields requires returnValue');
    out.returnMetadataFields = parseMetadataFields(raw.returnMetadataFields);
  }
  return out;
}

/** FAIL_IF_EXISTS on an existing key: 409 KEY_CONFLICT (observed platform behaviour, not in the error tables). */
export const keyConflict = (key: string): KvsError => new KvsError(409, 'KEY_CONFLICT', `The key "${key}" already exists and keyPolicy is FAIL_IF_EXISTS.`);

export const keyNotFound = (): KvsError => new KvsError(404, 'KEY_NOT_FOUND', 'Provided key does not exist');

export interface ItemView {
  key: string;
  value: JsonValue;
  entityName?: string;
  createdAt?: number;
  updatedAt?: number;
  expireTime?: string;
}

/** `{key, value}` plus the requested metadata (createdAt/updatedAt in epoch ms, expireTime ISO-8601). */
export function viewOf(key: string, item: KvsStoredItem, fields: readonly MetadataFieldName[], entityName?: string): ItemView {
  const view: ItemView = { key, value: item.value };
  if (entityName !== undefined) view.entityName = entityName;
  if (fields.includes('CREATED_AT')) view.createdAt = item.createdAt;
  if (fields.includes('UPDATED_AT')) view.updatedAt = item.updatedAt;
  if (fields.includes('EXPIRE_TIME') && item.expireAt !== undefined) view.expireTime = new Date(item.expireAt).toISOString();
  return view;
}
