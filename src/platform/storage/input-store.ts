// Input from the work in app storage: one 'input' item each, found by goal, by author and by state (newest first),
// and one 'input-quota' item per person and goal counting what they left on the current day. New input is written
// with its quota (conditioned on the quota's revision, so two tabs cannot both slip past the daily limit) and its
// audit event in one transaction; every change is conditioned on the version it was decided from.
import { kvs, Filter, FilterConditions, Sort, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { AuditEvent } from '../../shared/model/audit';
import { Input } from '../../shared/model/input';
import { auditHistory, auditItem, auditKey } from './audit-log';
import { commitOrConflict } from './conditional';
import type { InputChange, InputStore } from '../../services/ports/input';

export interface InputItem {
  goalId: string;
  authorId: string;
  state: string;
  at: string;
  version: number;
  record: Input;
}

const QuotaItem = z.object({ authorId: z.string(), goalId: z.string(), day: z.string(), count: z.number().int(), revision: z.number().int() });
type QuotaItem = z.infer<typeof QuotaItem>;

export const INPUT_ENTITY = 'input';
const QUOTA_ENTITY = 'input-quota';
const PAGE = 100;
/** 10 pages of 100: a goal's input and the open input of a site, far above what a team leaves; a bound, not a hope. */
const MAX_PAGES = 10;

export const inputItem = (i: Input): InputItem => ({
  goalId: i.goalId,
  authorId: i.authorId,
  state: i.triage.state,
  at: i.createdAt,
  version: i.version,
  record: i,
});

/** The condition of a change: the stored input is still at the version the change was decided from. */
export const inputVersionIs = (version: number) => new Filter<InputItem>().and('version', FilterConditions.equalTo(version));

const quotaKey = (authorId: string, goalId: string): string => `${authorId}:${goalId}`;

const parseAll = (results: { value: InputItem }[]): Input[] => results.map((r) => Input.parse(r.value.record));

type Page = { results: { value: InputItem }[]; nextCursor?: string };

const pages = async (query: (cursor: string | undefined) => Promise<Page>): Promise<{ inputs: Input[]; truncated: boolean }> => {
  const inputs: Input[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const res = await query(cursor);
    inputs.push(...parseAll(res.results));
    cursor = res.nextCursor;
    if (!cursor) return { inputs, truncated: false };
  }
  return { inputs, truncated: true };
};

export const forgeInputStore: InputStore = {
  async get(id) {
    const item = await kvs.entity<InputItem>(INPUT_ENTITY).get(id);
    return item === undefined ? undefined : Input.parse(item.record);
  },

  async many(ids) {
    const out = new Map<string, Input>();
    const unique = [...new Set(ids)];
    for (let at = 0; at < unique.length; at += 25) {
      const res = await kvs.batchGet<InputItem>(unique.slice(at, at + 25).map((key) => ({ key, entityName: INPUT_ENTITY })));
      for (const hit of res.successfulKeys) out.set(hit.key, Input.parse(hit.value.record));
    }
    return out;
  },

  ofGoal(goalId) {
    return pages((cursor) => {
      let q = kvs
        .entity<InputItem>(INPUT_ENTITY)
        .query()
        .index('by-goal', { partition: [goalId] })
        .sort(Sort.DESC)
        .limit(PAGE);
      if (cursor) q = q.cursor(cursor);
      return q.getMany();
    });
  },

  async byAuthor(authorId, limit) {
    const res = await kvs
      .entity<InputItem>(INPUT_ENTITY)
      .query()
      .index('by-author', { partition: [authorId] })
      .sort(Sort.DESC)
      .limit(Math.min(PAGE, Math.max(1, limit)))
      .getMany();
    return parseAll(res.results);
  },

  async openSince(at) {
    return (
      await pages((cursor) => {
        let q = kvs
          .entity<InputItem>(INPUT_ENTITY)
          .query()
          .index('by-state', { partition: ['open'] })
          .where(WhereConditions.lessThanEqualTo(at))
          .limit(PAGE);
        if (cursor) q = q.cursor(cursor);
        return q.getMany();
      })
    ).inputs;
  },

  async quota(authorId, goalId) {
    const raw = await kvs.entity<QuotaItem>(QUOTA_ENTITY).get(quotaKey(authorId, goalId));
    return raw === undefined ? { authorId, goalId, day: '', count: 0, revision: 0 } : QuotaItem.parse(raw);
  },

  add(input, quota, audit) {
    const condition =
      quota.revision === 1
        ? new Filter<QuotaItem>().and('revision', FilterConditions.notExists())
        : new Filter<QuotaItem>().and('revision', FilterConditions.equalTo(quota.revision - 1));
    return commitOrConflict(() =>
      kvs
        .transact()
        .set<InputItem>(input.id, inputItem(input), {
          entityName: INPUT_ENTITY,
          conditions: new Filter<InputItem>().and('version', FilterConditions.notExists()),
        })
        .set<QuotaItem>(quotaKey(quota.authorId, quota.goalId), QuotaItem.parse(quota), { entityName: QUOTA_ENTITY, conditions: condition })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },

  change({ input, audit }: InputChange) {
    return commitOrConflict(() =>
      kvs
        .transact()
        .set<InputItem>(input.id, inputItem(input), { entityName: INPUT_ENTITY, conditions: inputVersionIs(input.version - 1) })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },

  history(inputId, limit): Promise<AuditEvent[]> {
    return auditHistory(inputId, limit);
  },
};
