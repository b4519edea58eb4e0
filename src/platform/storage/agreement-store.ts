// Agreements in app storage. One 'agreement' item per support agreement (found by asking and by providing goal, newest
// change first) and one 'commitment' item per goal (its current commitment, keyed by the goal). Two 'agreement-board'
// items summarize them site-wide, 'support' (the live support agreements) and 'commitments' (every goal's commitment),
// so trees, gaps and the issue panel read them with the goal health board in one batch. Every change is ONE
// transaction: the record conditioned on its version, its summary conditioned on the summary's revision, and the audit
// event; a change that lost a race is 'conflict' and the use case reads again (src/domain/commit-retry.ts).
import { kvs, Filter, FilterConditions, Sort } from '@forge/kvs';
import { z } from 'zod';
import { Commitment, CommitmentSummary, SupportAgreement, SupportSummary } from '../../shared/model/agreement';
import { nextLiveSummaries, summarizeCommitment } from '../../domain/agreements/summary';
import { auditItem, auditKey } from './audit-log';
import { EMPTY_BOARD, HEALTH_BOARD_ITEM, parseHealthBoard } from './goal-health-store';
import { commitOrConflict, versionIs } from './conditional';
import type { AgreementBoards, AgreementStore, CommitmentBoard, SupportBoard } from '../../services/ports/agreements';

export const BOARD_ENTITY = 'agreement-board';
/** The address of the live support summary, for batch reads that fetch it beside other items (the issue panel's). */
export const SUPPORT_BOARD_ITEM = { key: 'support', entityName: BOARD_ENTITY } as const;
export const COMMITMENT_BOARD_ITEM = { key: 'commitments', entityName: BOARD_ENTITY } as const;

const SupportBoardItem = z.object({ revision: z.number().int(), items: z.array(SupportSummary) });
const CommitmentBoardItem = z.object({ revision: z.number().int(), items: z.record(z.string(), CommitmentSummary) });

interface AgreementItem {
  agreementId: string;
  fromGoalId: string;
  toGoalId: string;
  updatedAt: string;
  version: number;
  record: SupportAgreement;
}
interface CommitmentItem {
  goalId: string;
  parentId: string;
  version: number;
  record: Commitment;
}

export const EMPTY_SUPPORT: SupportBoard = { revision: 0, agreements: [] };
const EMPTY_COMMITMENTS: CommitmentBoard = { revision: 0, commitments: {} };

/** The three boards' addresses, for a batch read that may fetch them beside other items (src/platform/storage/boards.ts). */
export const BOARD_ITEMS = [SUPPORT_BOARD_ITEM, COMMITMENT_BOARD_ITEM, HEALTH_BOARD_ITEM] as const;

/** The boards among the hits of a batch read (others ignored); a board not stored yet is empty. */
export const boardsFrom = (hits: readonly { key: string; entityName?: string; value: unknown }[]): AgreementBoards => {
  let support = EMPTY_SUPPORT;
  let commitments = EMPTY_COMMITMENTS;
  let health = EMPTY_BOARD;
  for (const hit of hits) {
    if (hit.entityName === HEALTH_BOARD_ITEM.entityName && hit.key === HEALTH_BOARD_ITEM.key) health = parseHealthBoard(hit.value);
    else if (hit.entityName === BOARD_ENTITY && hit.key === SUPPORT_BOARD_ITEM.key) support = parseSupportBoard(hit.value);
    else if (hit.entityName === BOARD_ENTITY && hit.key === COMMITMENT_BOARD_ITEM.key) commitments = parseCommitmentBoard(hit.value);
  }
  return { support, commitments, health };
};

export const parseSupportBoard = (raw: unknown): SupportBoard => {
  const item = SupportBoardItem.parse(raw);
  return { revision: item.revision, agreements: item.items };
};
const parseCommitmentBoard = (raw: unknown): CommitmentBoard => {
  const item = CommitmentBoardItem.parse(raw);
  return { revision: item.revision, commitments: item.items };
};

/** The live support summary as the issue panel reads it: one that does not parse costs the panel's lines, never the panel. */
export const supportOrNone = (raw: unknown): SupportSummary[] => {
  try {
    return parseSupportBoard(raw).agreements;
  } catch (e) {
    console.error('[throughline] the summary of support agreements does not parse; showing no agreements', e);
    return [];
  }
};

const revisionIs = (base: number) =>
  base === 0
    ? new Filter<{ revision: number }>().and('revision', FilterConditions.notExists())
    : new Filter<{ revision: number }>().and('revision', FilterConditions.equalTo(base));

const byGoal = async (index: 'by-from' | 'by-to', goalId: string, limit: number): Promise<SupportAgreement[]> => {
  const res = await kvs
    .entity<AgreementItem>('agreement')
    .query()
    .index(index, { partition: [goalId] })
    .sort(Sort.DESC)
    .limit(Math.min(100, limit))
    .getMany();
  return res.results.map((r) => SupportAgreement.parse(r.value.record));
};

export const forgeAgreementStore: AgreementStore = {
  async boards() {
    return boardsFrom((await kvs.batchGet<unknown>([...BOARD_ITEMS])).successfulKeys);
  },

  async get(id) {
    const item = await kvs.entity<AgreementItem>('agreement').get(id);
    return item === undefined ? undefined : SupportAgreement.parse(item.record);
  },

  async ofGoal(goalId, limit) {
    const [asking, providing] = await Promise.all([byGoal('by-from', goalId, limit), byGoal('by-to', goalId, limit)]);
    return { asking, providing };
  },

  async commitments(goalIds) {
    const out = new Map<string, Commitment>();
    const ids = [...new Set(goalIds)];
    for (let at = 0; at < ids.length; at += 25) {
      const res = await kvs.batchGet<CommitmentItem>(ids.slice(at, at + 25).map((key) => ({ key, entityName: 'commitment' })));
      for (const hit of res.successfulKeys) out.set(hit.key, Commitment.parse(hit.value.record));
    }
    return out;
  },

  saveSupport(base, next, expectedVersion, audit) {
    const record = SupportAgreement.parse(next);
    const board = { revision: base.revision + 1, items: nextLiveSummaries(base.agreements, record) };
    const item: AgreementItem = {
      agreementId: record.id,
      fromGoalId: record.fromGoalId,
      toGoalId: record.toGoalId,
      updatedAt: record.updatedAt,
      version: record.version,
      record,
    };
    return commitOrConflict(() =>
      kvs
        .transact()
        .set<AgreementItem>(record.id, item, { entityName: 'agreement', conditions: versionIs<AgreementItem>(expectedVersion) })
        .set(SUPPORT_BOARD_ITEM.key, board, { entityName: BOARD_ENTITY, conditions: revisionIs(base.revision) })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },

  saveCommitment(base, next, expectedVersion, audit) {
    const record = Commitment.parse(next);
    const board = { revision: base.revision + 1, items: { ...base.commitments, [record.goalId]: summarizeCommitment(record) } };
    const item: CommitmentItem = { goalId: record.goalId, parentId: record.parentId, version: record.version, record };
    return commitOrConflict(() =>
      kvs
        .transact()
        .set<CommitmentItem>(record.goalId, item, { entityName: 'commitment', conditions: versionIs<CommitmentItem>(expectedVersion) })
        .set(COMMITMENT_BOARD_ITEM.key, board, { entityName: BOARD_ENTITY, conditions: revisionIs(base.revision) })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },
};
