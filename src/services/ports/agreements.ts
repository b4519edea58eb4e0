// Agreements as the use cases read and write them: one record per support agreement and per goal's commitment, two
// site-wide summaries (live support agreements; every goal's current commitment) that the surfaces read with the goal
// health board in ONE storage operation, and every change as ONE conditional transaction. Implemented by
// src/platform/storage/agreement-store.ts.
import type { AuditEvent } from '../../shared/model/audit';
import type { Commitment, CommitmentSummary, SupportAgreement, SupportSummary } from '../../shared/model/agreement';
import type { Commit, HealthBoard } from './kpis';

/** The live support agreements of the site (proposed, countered, accepted), at most MAX_LIVE_AGREEMENTS. */
export interface SupportBoard {
  revision: number;
  agreements: SupportSummary[];
}

/** Every goal's current commitment, by goal id. */
export interface CommitmentBoard {
  revision: number;
  commitments: Record<string, CommitmentSummary>;
}

export interface AgreementBoards {
  support: SupportBoard;
  commitments: CommitmentBoard;
  health: HealthBoard;
}

export interface AgreementStore {
  /** Both summaries and the goal health board, in ONE storage operation. */
  boards(): Promise<AgreementBoards>;
  get(id: string): Promise<SupportAgreement | undefined>;
  /** The goal's agreements, newest change first, at most `limit` each way (two index reads). */
  ofGoal(goalId: string, limit: number): Promise<{ asking: SupportAgreement[]; providing: SupportAgreement[] }>;
  /** The current commitments of these goals that exist, 25 per storage operation. */
  commitments(goalIds: readonly string[]): Promise<Map<string, Commitment>>;
  /**
   * Writes the agreement when its stored version is still `expectedVersion` (0: a new one) and the summary of live
   * agreements when it is still at `base.revision`, with the audit event, in ONE transaction; 'conflict' otherwise.
   */
  saveSupport(base: SupportBoard, next: SupportAgreement, expectedVersion: number, audit: AuditEvent): Promise<Commit>;
  /** The same for a goal's commitment and the summary of commitments. */
  saveCommitment(base: CommitmentBoard, next: Commitment, expectedVersion: number, audit: AuditEvent): Promise<Commit>;
}
