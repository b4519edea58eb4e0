// Recognises the storage failures the app handles: a transaction whose condition no longer holds, and storage
// that did not answer (a 5xx, a timeout, its rate limit), which a caller can only try again later.
import { ForgeKvsAPIError } from '@forge/kvs';
import { AppFailure } from '../../shared/errors';

const CONDITION_CODES = new Set(['CONDITION_CHECK_FAILED', 'TRANSACTION_CANCELLED', 'TRANSACTION_CONFLICT', 'CONDITIONAL_CHECK_FAILED']);

export const isConditionFailure = (e: unknown): boolean => {
  if (!(e instanceof ForgeKvsAPIError)) return false;
  const code = (e as unknown as { code?: string }).code ?? '';
  return CONDITION_CODES.has(code) || /condition/i.test(e.message);
};

/** Storage trouble as the coded failure a caller sees: RATE_LIMITED or UPSTREAM; undefined for anything else. */
export const storageFailure = (e: unknown): AppFailure | undefined => {
  if (!(e instanceof ForgeKvsAPIError) || isConditionFailure(e)) return undefined;
  const status = (e as unknown as { responseDetails?: { status?: number } }).responseDetails?.status;
  const code = (e as unknown as { code?: string }).code ?? '';
  if (status === 429 || code === 'RATE_LIMIT_EXCEEDED') return new AppFailure('RATE_LIMITED', 'App storage is busy; nothing was saved. Try again in a moment');
  if (status !== undefined && status >= 500) return new AppFailure('UPSTREAM', 'App storage did not answer; nothing was saved. Try again in a moment');
  return undefined;
};
