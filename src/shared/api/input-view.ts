// What a reader sees of input from the work, already cut to what they may see: the author only for those the
// anonymous rule admits, the issue only for those who may browse it, counts for everyone who can see the goal.
// Kept apart from the calls (input.ts) so the issue panel's contract can name it without an import cycle.
import { z } from 'zod';
import { AccountId, EntityId } from '../model/common';
import { InputKind, type InputState } from '../model/input';

export const NamedPerson = z.object({ accountId: AccountId, displayName: z.string() });
export type NamedPerson = z.infer<typeof NamedPerson>;

export const InputTriageView = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open') }),
  z.object({ state: z.literal('answered'), answer: z.string(), by: NamedPerson, at: z.string() }),
  z.object({ state: z.literal('taken'), checkInId: EntityId.nullable(), by: NamedPerson, at: z.string() }),
  z.object({ state: z.literal('not-now'), reason: z.string(), by: NamedPerson, at: z.string() }),
]);
export type InputTriageView = z.infer<typeof InputTriageView>;

export const InputView = z.object({
  id: EntityId,
  goalId: EntityId,
  kind: InputKind,
  text: z.string(),
  createdAt: z.string(),
  version: z.number().int().nonnegative(),
  /** Null: "Anonymous" to this reader. */
  author: NamedPerson.nullable(),
  /** Whether it was sent anonymously (its author and the goal's leader and manager still see who wrote it). */
  anonymous: z.boolean(),
  /** Whether the reader wrote it. */
  mine: z.boolean(),
  /** The issue it came from, as a link; null when the reader may not browse it. */
  issue: z.object({ id: z.string(), key: z.string() }).nullable(),
  triage: InputTriageView,
});
export type InputView = z.infer<typeof InputView>;

export const InputCounts = z.object({
  total: z.number().int().nonnegative(),
  working: z.number().int().nonnegative(),
  change: z.number().int().nonnegative(),
  open: z.number().int().nonnegative(),
  answered: z.number().int().nonnegative(),
  taken: z.number().int().nonnegative(),
  notNow: z.number().int().nonnegative(),
});
export type InputCounts = z.infer<typeof InputCounts>;

/** The state words of a piece of input, one place for the panel and the goal page. */
export const INPUT_STATE_LABEL: Record<InputState, string> = { open: 'Open', answered: 'Answered', taken: 'Taken into a check-in', 'not-now': 'Not now' };

/** The issue panel's share: the viewer's own input on the goals of this issue's chain, newest first. */
export const PanelInput = z.object({ mine: z.array(InputView) });
export type PanelInput = z.infer<typeof PanelInput>;
