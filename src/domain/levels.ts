// The order of the five leadership levels: a parent goal sits at the same level as its child or above it. The
// rule itself lives in src/shared/levels.ts, so that the UI offers exactly what the domain accepts.
import { isSameOrHigher, levelRank } from '../shared/levels';

/** 0 for strategy, 4 for self. */
export const rank = levelRank;
export { isSameOrHigher };
