// The epic alignment stored as a Jira issue property on the epic: ids only, indexed for JQL by the manifest.
import { z } from 'zod';
import { Level } from './levels';

export const EPIC_TAG_PROPERTY = 'throughline-alignment';

export const EpicTag = z.object({
  goalId: z.string().min(1).max(64),
  level: Level,
  leaderId: z.string().min(1).max(128).optional(),
  managerId: z.string().min(1).max(128).optional(),
});
export type EpicTag = z.infer<typeof EpicTag>;
