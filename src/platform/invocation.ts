// What the running invocation knows about its own budget: the time left before the platform stops it.
import { getAppContext } from '@forge/api';

/** Milliseconds left in this invocation; unbounded where the runtime does not say (e.g. outside Forge). */
export const remainingTimeMs = (): number => {
  try {
    const ms = getAppContext().invocationRemainingTimeInMillis();
    return Number.isFinite(ms) ? ms : Number.POSITIVE_INFINITY;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
};
