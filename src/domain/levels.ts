// The order of the five leadership levels: a parent goal sits at the same level as its child or above it.
import { LEVELS, type Level } from '../shared/levels';

/** 0 for strategy, 4 for self. */
export const rank = (level: Level): number => LEVELS.indexOf(level);

export const isSameOrHigher = (parent: Level, child: Level): boolean => rank(parent) <= rank(child);
