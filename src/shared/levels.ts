// The five leadership levels of the method, from the top. Shared by the domain, the resolvers and the UI.
import { z } from 'zod';

export const LEVELS = ['strategy', 'functional', 'process', 'project', 'self'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** 0 for strategy, 4 for self: a lower rank sits higher. The one ordering of levels, for the backend and the UI. */
export const levelRank = (level: Level): number => LEVELS.indexOf(level);

/** Whether a goal at `upper` may sit above (or beside) one at `lower`: a parent, or the goal an epic or project serves. */
export const isSameOrHigher = (upper: Level, lower: Level): boolean => levelRank(upper) <= levelRank(lower);

export const LEVEL_LABEL: Record<Level, string> = {
  strategy: 'Strategy',
  functional: 'Functional team',
  process: 'Process',
  project: 'Project',
  self: 'Self',
};
