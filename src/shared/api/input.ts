// Calls for input from the work: leaving it from the issue panel (jira:issuePanel), reading and triaging it on the
// goal's page (jira:globalPage). Every payload is a claim; who may do what is decided in the use cases.
import { z } from 'zod';
import { defineCall } from '../contract';
import { EntityId, Version } from '../model/common';
import { InputKind, InputReply, InputText } from '../model/input';
import { InputCounts, InputView, NamedPerson } from './input-view';
import { IssueRef } from './panel';

export { InputCounts, InputView, NamedPerson };

/** Leader and manager of the goal: see input with its author, even anonymous, and triage it. Strategy editors: see
 *  it with its author unless anonymous. Everyone else who can see the goal: counts, and their own input. */
export const InputAccess = z.enum(['triage', 'read', 'counts']);
export type InputAccess = z.infer<typeof InputAccess>;

export const NewInput = z
  .object({
    issue: IssueRef,
    goalId: EntityId,
    kind: InputKind,
    text: InputText,
    anonymous: z.boolean().default(false),
  })
  .strict();
export type NewInput = z.infer<typeof NewInput>;

/** Who will read it, as the goal's people stood when it was left: the words of the panel's confirmation. */
export const InputReaders = z.object({ goalTitle: z.string(), leader: NamedPerson.nullable(), manager: NamedPerson.nullable() });
export type InputReaders = z.infer<typeof InputReaders>;

export const InputSent = z.object({ input: InputView, readers: InputReaders });
export type InputSent = z.infer<typeof InputSent>;

export const GoalInputView = z.object({
  goalId: EntityId,
  access: InputAccess,
  /** Every piece of input on the goal, by kind and state: what everyone who can see the goal may know. */
  counts: InputCounts,
  /** triage and read: the goal's input, newest first; counts: only the reader's own. */
  items: z.array(InputView),
  /** True when there was more input than one read returns; the list shows the newest. */
  truncated: z.boolean(),
});
export type GoalInputView = z.infer<typeof GoalInputView>;

export const TriageDecision = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('answer'), text: InputReply }).strict(),
  z.object({ kind: z.literal('take') }).strict(),
  z.object({ kind: z.literal('not-now'), reason: InputReply }).strict(),
]);
export type TriageDecision = z.infer<typeof TriageDecision>;

/** One step of a piece of input's history; `by` null: "Anonymous" to this reader. */
export const InputHistoryEntry = z.object({
  at: z.string(),
  action: z.enum(['left', 'answered', 'taken', 'not-now']),
  by: NamedPerson.nullable(),
});
export type InputHistoryEntry = z.infer<typeof InputHistoryEntry>;

export const inputCalls = {
  /** Issue panel: leave input on a goal of this issue's chain. */
  add: defineCall('panel/input-add', NewInput, InputSent),
  /** Goal page: the goal's input as the reader may see it. */
  ofGoal: defineCall('input/goal', z.object({ goalId: EntityId }).strict(), GoalInputView),
  triage: defineCall('input/triage', z.object({ inputId: EntityId, expectedVersion: Version, decision: TriageDecision }).strict(), InputView),
  history: defineCall('input/history', z.object({ inputId: EntityId }).strict(), z.array(InputHistoryEntry)),
} as const;
