// The five leadership levels of the method, from the top. Shared by the domain, the resolvers and the UI.
import { z } from 'zod';

export const LEVELS = ['strategy', 'functional', 'process', 'project', 'self'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

export const LEVEL_LABEL: Record<Level, string> = {
  strategy: 'Strategy',
  functional: 'Functional team',
  process: 'Process',
  project: 'Project',
  self: 'Self',
};
