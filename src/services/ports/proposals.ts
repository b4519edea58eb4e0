// Proposed goals as their use cases read and write them. Implemented by src/platform/storage/proposal-store.ts.
import type { AuditEvent } from '../../shared/model/audit';
import type { PeopleNames } from '../../shared/model/common';
import type { Goal } from '../../shared/model/goal';
import type { Proposal, ProposalQuota } from '../../shared/model/proposal';
import type { CatalogSnapshot } from './catalog';
import type { Commit } from './kpis';

/** A decided proposal, its proposer's pending count, and the audit event, written only if both are as they were read. */
export interface ProposalChange {
  proposal: Proposal;
  quota: ProposalQuota;
  audit: AuditEvent;
}

export interface ProposalStore {
  get(id: string): Promise<Proposal | undefined>;
  /** The proposals under one goal, newest first, in bounded pages. */
  ofParent(parentId: string): Promise<Proposal[]>;
  /** One person's latest `limit` proposals (at most 100), newest first: ONE storage operation. */
  byProposer(proposerId: string, limit: number): Promise<Proposal[]>;
  /** Every pending proposal of the site, in bounded pages ("My goals": what waits for the reader's decision). */
  pending(): Promise<Proposal[]>;
  quota(proposerId: string): Promise<ProposalQuota>;
  /** A new proposal with its proposer's pending count (conditioned on the count's revision) and audit event. */
  add(c: ProposalChange): Promise<Commit>;
  /** A proposal declined or withdrawn: the proposal (on its version), the count and the audit event in one transaction. */
  close(c: ProposalChange): Promise<Commit>;
  /** An approved proposal and the goal it became, in ONE transaction with the catalog (on its revision). */
  approve(c: ProposalChange, catalog: { base: CatalogSnapshot; goal: Goal; audit: AuditEvent; names: PeopleNames }): Promise<Commit>;
}
