// Input from the work as its use cases read and write it. Implemented by src/platform/storage/input-store.ts.
import type { InputQuota } from '../../domain/input/decide';
import type { AuditEvent } from '../../shared/model/audit';
import type { Input } from '../../shared/model/input';
import type { Commit } from './kpis';

/** A triaged or taken input with the audit event that records it, written only if it is still at `version - 1`. */
export interface InputChange {
  input: Input;
  audit: AuditEvent;
}

export interface InputStore {
  get(id: string): Promise<Input | undefined>;
  /** The input with these ids that exists, 25 keys per storage operation. */
  many(ids: readonly string[]): Promise<Map<string, Input>>;
  /** A goal's input, newest first, in bounded pages; `truncated` when there is more. */
  ofGoal(goalId: string): Promise<{ inputs: Input[]; truncated: boolean }>;
  /** One person's latest `limit` pieces of input (at most 100), newest first: ONE storage operation. */
  byAuthor(authorId: string, limit: number): Promise<Input[]>;
  /** Open input left at or before `at` (an instant), in bounded pages: what the gaps radar counts. */
  openSince(at: string): Promise<Input[]>;
  quota(authorId: string, goalId: string): Promise<InputQuota>;
  /** Stores new input, its author's quota (conditioned on the quota's revision) and its audit event in one transaction. */
  add(input: Input, quota: InputQuota, audit: AuditEvent): Promise<Commit>;
  /** Writes the change conditioned on the version it was decided from, with its audit event, in one transaction. */
  change(c: InputChange): Promise<Commit>;
  /** The audit trail of one piece of input, newest first. */
  history(inputId: string, limit: number): Promise<AuditEvent[]>;
}
