// Decisions of the domain are values: a result or a coded failure, never a thrown string.
import type { ErrorCode } from '../shared/errors';

export interface DomainFailure {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; failure: DomainFailure };

export const success = <T>(value: T): Result<T> => ({ ok: true, value });
export const refuse = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  failure: details === undefined ? { code, message } : { code, message, details },
});

/** A VALIDATION refusal about one field of the request, in the one details shape ([{path, message}]). */
export const refuseField = (path: string, message: string): Result<never> => refuse('VALIDATION', message, [{ path, message }]);
