// Recognises the storage failures the app handles: a transaction whose condition no longer holds.
import { ForgeKvsAPIError } from '@forge/kvs';

const CONDITION_CODES = new Set(['CONDITION_CHECK_FAILED', 'TRANSACTION_CANCELLED', 'TRANSACTION_CONFLICT', 'CONDITIONAL_CHECK_FAILED']);

export const isConditionFailure = (e: unknown): boolean => {
  if (!(e instanceof ForgeKvsAPIError)) return false;
  const code = (e as unknown as { code?: string }).code ?? '';
  return CONDITION_CODES.has(code) || /condition/i.test(e.message);
};
