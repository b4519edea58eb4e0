// Proposed goals in app storage: one 'proposal' item each, found by parent goal, by proposer and by state (newest
// first), and one 'proposal-quota' item per proposer counting their pending proposals. Every write is one
// transaction: the proposal on its version, the count on its revision and the audit event; an approval also
// carries the catalog's own transaction (its revision, the new goal and the goal's audit event).
import { kvs, Filter, FilterConditions, Sort } from '@forge/kvs';
import { Proposal, ProposalQuota } from '../../shared/model/proposal';
import { auditItem, auditKey } from './audit-log';
import { catalogTransaction } from './catalog-store';
import { commitOrConflict } from './conditional';
import type { ProposalChange, ProposalStore } from '../../services/ports/proposals';

export interface ProposalItem {
  parentId: string;
  proposerId: string;
  state: string;
  at: string;
  version: number;
  record: Proposal;
}

export const PROPOSAL_ENTITY = 'proposal';
const QUOTA_ENTITY = 'proposal-quota';
const PAGE = 100;
/** 10 pages of 100: far above what one goal or a site has pending; a bound, not a hope. */
const MAX_PAGES = 10;

export const proposalItem = (p: Proposal): ProposalItem => ({
  parentId: p.parentId,
  proposerId: p.proposerId,
  state: p.decision.state,
  at: p.createdAt,
  version: p.version,
  record: p,
});

type Page = { results: { value: ProposalItem }[]; nextCursor?: string };

const pages = async (query: (cursor: string | undefined) => Promise<Page>): Promise<Proposal[]> => {
  const out: Proposal[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await query(cursor);
    out.push(...res.results.map((r) => Proposal.parse(r.value.record)));
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return out;
};

const byIndex = (index: string, partition: string) =>
  pages((cursor) => {
    let q = kvs
      .entity<ProposalItem>(PROPOSAL_ENTITY)
      .query()
      .index(index, { partition: [partition] })
      .sort(Sort.DESC)
      .limit(PAGE);
    if (cursor) q = q.cursor(cursor);
    return q.getMany();
  });

const proposalCondition = (p: Proposal) =>
  p.version === 1
    ? new Filter<ProposalItem>().and('version', FilterConditions.notExists())
    : new Filter<ProposalItem>().and('version', FilterConditions.equalTo(p.version - 1));

const quotaCondition = (q: ProposalQuota) =>
  q.revision === 1
    ? new Filter<ProposalQuota>().and('revision', FilterConditions.notExists())
    : new Filter<ProposalQuota>().and('revision', FilterConditions.equalTo(q.revision - 1));

type Tx = ReturnType<typeof kvs.transact>;

const withChange = (tx: Tx, c: ProposalChange): Tx =>
  tx
    .set<ProposalItem>(c.proposal.id, proposalItem(c.proposal), { entityName: PROPOSAL_ENTITY, conditions: proposalCondition(c.proposal) })
    .set<ProposalQuota>(c.quota.proposerId, ProposalQuota.parse(c.quota), { entityName: QUOTA_ENTITY, conditions: quotaCondition(c.quota) })
    .set(auditKey(c.audit), auditItem(c.audit), { entityName: 'audit' });

export const forgeProposalStore: ProposalStore = {
  async get(id) {
    const item = await kvs.entity<ProposalItem>(PROPOSAL_ENTITY).get(id);
    return item === undefined ? undefined : Proposal.parse(item.record);
  },

  ofParent: (parentId) => byIndex('by-parent', parentId),

  async byProposer(proposerId, limit) {
    const res = await kvs
      .entity<ProposalItem>(PROPOSAL_ENTITY)
      .query()
      .index('by-proposer', { partition: [proposerId] })
      .sort(Sort.DESC)
      .limit(Math.min(PAGE, Math.max(1, limit)))
      .getMany();
    return res.results.map((r) => Proposal.parse(r.value.record));
  },

  pending: () => byIndex('by-state', 'pending'),

  async quota(proposerId) {
    const raw = await kvs.entity<ProposalQuota>(QUOTA_ENTITY).get(proposerId);
    return raw === undefined ? { proposerId, pending: 0, revision: 0 } : ProposalQuota.parse(raw);
  },

  add: (c) => commitOrConflict(() => withChange(kvs.transact(), c).execute()),

  close: (c) => commitOrConflict(() => withChange(kvs.transact(), c).execute()),

  approve: (c, catalog) => commitOrConflict(() => withChange(catalogTransaction(catalog.base, catalog.goal, catalog.audit, catalog.names), c).execute()),
};
