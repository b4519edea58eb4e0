// Shared shapes of the KVS emulator: stored items, the snapshot format, the error type the
// dispatcher turns into `{code, message}` replies, and small JSON-narrowing helpers.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [k: string]: JsonValue };
export type JsonObject = { [k: string]: JsonValue };

/** One stored value. Times are epoch milliseconds (the platform reports createdAt/updatedAt in ms). */
export interface KvsStoredItem {
  value: JsonValue;
  createdAt: number;
  updatedAt: number;
  /** Absolute expiry (epoch ms) when the value was written with a ttl. */
  expireAt?: number;
}

export type KvsItemMap = Record<string, KvsStoredItem>;

/** JSON-serialisable copy of every store: plain keys, secrets, and custom entities by entity name. */
export interface KvsSnapshot {
  version: 1;
  keys: KvsItemMap;
  secrets: KvsItemMap;
  entities: Record<string, KvsItemMap>;
}

/**
 * A map from keys to values with no prototype: a key such as `constructor`, `toString` or `__proto__` (each one a key
 * the platform takes) is an item like any other, never an inherited property or the object's prototype.
 */
export const keyMap = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;

export const emptySnapshot = (): KvsSnapshot => ({ version: 1, keys: keyMap(), secrets: keyMap(), entities: keyMap() });

/**
 * Thrown anywhere in a handler; the dispatcher answers `status` with `{code, message, context?}`. It is an answer,
 * not a fault, and a common one (every read of a missing key), so it captures no stack.
 */
export class KvsError extends Error {
  readonly status: number;
  readonly code: string;
  readonly context?: Record<string, unknown>;
  constructor(status: number, code: string, message: string, context?: Record<string, unknown>) {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'KvsError';
    this.status = status;
    this.code = code;
    if (context !== undefined) this.context = context;
  }
}

export const badRequest = (code: string, message: string, context?: Record<string, unknown>): never => {
  throw new KvsError(400, code, message, context);
};

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The request body as an object, or 400 BAD_REQUEST (the code the package's own tests use). */
export function requireObject(v: unknown, what = 'request body'): Record<string, unknown> {
  if (!isObject(v)) badRequest('BAD_REQUEST', `Provided ${what} is invalid`);
  return v as Record<string, unknown>;
}

export function requireString(o: Record<string, unknown>, field: string): string {
  const v = o[field];
  if (typeof v !== 'string') badRequest('BAD_REQUEST', `Provided request body is invalid: "${field}" must be a string`);
  return v as string;
}

export function optionalString(o: Record<string, unknown>, field: string): string | undefined {
  const v = o[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string') badRequest('BAD_REQUEST', `Provided request body is invalid: "${field}" must be a string`);
  return v as string;
}

export function optionalArray(o: Record<string, unknown>, field: string): unknown[] | undefined {
  const v = o[field];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) badRequest('BAD_REQUEST', `Provided request body is invalid: "${field}" must be an array`);
  return v as unknown[];
}
