// HTTP plumbing of the emulator: Jira's error shape, JSON replies, request headers and bodies.
import { textResponse } from '../text-response';

/** What a route handler answers; turned into a WHATWG Response at the edge. */
export interface Reply {
  status: number;
  /** undefined → empty body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** Thrown by handlers to answer with Jira's error shape; caught once by the dispatcher. */
export class JiraHttpError extends Error {
  constructor(
    readonly status: number,
    readonly errorMessages: string[],
    readonly errors: Record<string, string> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(errorMessages.join('; ') || `HTTP ${status}`);
  }
}

export const ok = (body: unknown, status = 200): Reply => ({ status, body });
export const noContent = (status = 204): Reply => ({ status });

export const errorBody = (errorMessages: string[], errors: Record<string, string> = {}) => ({ errorMessages, errors });

export const fail = (status: number, message: string, errors: Record<string, string> = {}): never => {
  throw new JiraHttpError(status, message ? [message] : [], errors);
};
export const badRequest = (message: string): never => fail(400, message);

export const ISSUE_NOT_FOUND = 'Issue does not exist or you do not have permission to see it.';

export const toResponse = (reply: Reply): Response => {
  const headers: Record<string, string> = { ...(reply.headers ?? {}) };
  if (reply.body === undefined) return textResponse(reply.status, null, headers);
  headers['content-type'] = 'application/json;charset=UTF-8';
  return textResponse(reply.status, JSON.stringify(reply.body), headers);
};

/** Reads one header from a Headers object, an array of pairs or a plain record, case-insensitively. */
export const headerValue = (headers: unknown, name: string): string | undefined => {
  const wanted = name.toLowerCase();
  if (headers == null) return undefined;
  if (typeof (headers as Headers).get === 'function' && typeof (headers as Headers).forEach === 'function') {
    return (headers as Headers).get(name) ?? undefined;
  }
  const pairs: unknown[] = Array.isArray(headers) ? headers : Object.entries(headers as Record<string, unknown>);
  for (const pair of pairs) {
    if (Array.isArray(pair) && String(pair[0]).toLowerCase() === wanted) return String(pair[1]);
  }
  return undefined;
};

/** Jira answers 415 when a body arrives without a JSON content type (requestJira adds none for you). */
export const requireJsonContentType = (headers: unknown): void => {
  const type = headerValue(headers, 'content-type');
  if (!type || !/json/i.test(type)) {
    throw new JiraHttpError(415, [`Unsupported Media Type: send the body with 'Content-Type: application/json' (got ${type ? `'${type}'` : 'none'}).`]);
  }
};

export const parseJsonBody = (body: string | null | undefined): unknown => {
  if (body == null || body.trim() === '') return badRequest('The request body is empty; a JSON object is required.');
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return badRequest('The request body is not valid JSON.');
  }
};

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Jira's Jackson binding refuses fields the bean does not declare. */
export const rejectUnknownFields = (body: Record<string, unknown>, allowed: readonly string[], bean: string): void => {
  for (const k of Object.keys(body)) {
    if (!allowed.includes(k)) badRequest(`Unrecognized field "${k}" (class ${bean}), not marked as ignorable`);
  }
};

/** Comma-separated and repeated query values, flattened: `fields=a,b&fields=c` → [a, b, c]. */
export const listParam = (query: URLSearchParams, name: string): string[] =>
  query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');

export const intParam = (query: URLSearchParams, name: string, fallback: number): number => {
  const raw = query.get(name);
  if (raw == null || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) return badRequest(`The value '${raw}' is not a valid integer for parameter '${name}'.`);
  return n;
};
