// Input from the work: what someone on an issue says about a goal of its chain, "What's working" or "What should
// change", optionally anonymous, and what the goal's leader or manager did with it. The Refine step of the cycle,
// from the people doing the work. Who may read what is decided in src/domain/input/access.ts.
import { z } from 'zod';
import { AccountId, EntityId, Version, WellFormedText } from './common';

export const INPUT_KINDS = ['working', 'change'] as const;
export const InputKind = z.enum(INPUT_KINDS);
export type InputKind = z.infer<typeof InputKind>;

export const INPUT_KIND_LABEL: Record<InputKind, string> = { working: 'What’s working', change: 'What should change' };

/** The limits shared by the server's schemas and the UI's counters. */
export const INPUT_TEXT_MAX = 1000;
export const INPUT_REPLY_MAX = 1000;
/** Input a person may leave on one goal in one day (the app's day, UTC), against spam. */
export const INPUT_PER_DAY = 5;
/** Open input older than this is a gap ("input unanswered for 14 days"). */
export const INPUT_UNANSWERED_DAYS = 14;
/** A check-in takes at most this many pieces of input (one storage transaction holds them all). */
export const INPUT_PER_CHECK_IN = 10;

export const InputText = WellFormedText.trim().min(1, 'Say something first').max(INPUT_TEXT_MAX);
/** An answer, or the reason for "Not now". */
export const InputReply = WellFormedText.trim().min(1, 'Write a few words').max(INPUT_REPLY_MAX);

export const INPUT_STATES = ['open', 'answered', 'taken', 'not-now'] as const;
export const InputState = z.enum(INPUT_STATES);
export type InputState = z.infer<typeof InputState>;

/** What the leader or manager did with it, when and with what words. */
export const InputTriage = z.discriminatedUnion('state', [
  z.object({ state: z.literal('open') }),
  z.object({ state: z.literal('answered'), answer: z.string(), by: AccountId, at: z.string() }),
  /** Taken into a check-in: `checkInId` is null while it waits for the next check-in. */
  z.object({ state: z.literal('taken'), checkInId: EntityId.nullable(), by: AccountId, at: z.string() }),
  z.object({ state: z.literal('not-now'), reason: z.string(), by: AccountId, at: z.string() }),
]);
export type InputTriage = z.infer<typeof InputTriage>;

/** The stored input. Its author is kept even when anonymous: the goal's leader and manager may see who wrote it. */
export const Input = z.object({
  id: EntityId,
  goalId: EntityId,
  kind: InputKind,
  text: z.string(),
  anonymous: z.boolean(),
  authorId: AccountId,
  /** The author's display name when it was left (names are captured when saved). */
  authorName: z.string(),
  /** The issue it was left on; a link for those who may browse it. */
  issue: z.object({ id: z.string(), key: z.string() }),
  createdAt: z.string(),
  version: Version,
  triage: InputTriage,
});
export type Input = z.infer<typeof Input>;
