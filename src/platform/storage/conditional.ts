// The one conditional write of a versioned save: a transaction that holds only while the item is at the version the
// caller read (version 0: the item does not exist yet), answered as committed, or as a conflict the caller retries
// (src/domain/commit-retry.ts). Any other failure is thrown.
import { Filter, FilterConditions } from '@forge/kvs';
import type { Commit } from '../../services/ports/kpis';
import { isConditionFailure } from './kvs-errors';

/** The condition "still at `expected`", or "not there yet" for version 0. */
export const versionIs = <T extends { version: number }>(expected: number) =>
  expected === 0 ? new Filter<T>().and('version', FilterConditions.notExists()) : new Filter<T>().and('version', FilterConditions.equalTo(expected));

export const commitOrConflict = async (run: () => Promise<unknown>): Promise<Commit> => {
  try {
    await run();
    return 'committed';
  } catch (e) {
    if (isConditionFailure(e)) return 'conflict';
    throw e;
  }
};
