// Roll-ups in app storage: one 'epic-rollup' item per epic and one 'goal-rollup' item per goal. Implements the
// RollupReader port of the read paths, and keeps every goal roll-up equal to the sum of its epics by writing an
// epic's change and its goal contributions in ONE conditional transaction (retried when someone else won).
import { kvs, Filter, FilterConditions, WhereConditions } from '@forge/kvs';
import { EpicRollup, GoalRollup } from '../../shared/model/rollup';
import { contributionOf, goalRollupFrom, moveContribution, sameContribution } from '../../domain/rollup/goal-rollup';
import { isConditionFailure } from './kvs-errors';
import type { RollupStore } from '../../services/ports/rollups';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';

const EPIC = 'epic-rollup';
const GOAL = 'goal-rollup';
const CURSOR_KEY = 'rollup-reconcile';
const MAX_ATTEMPTS = 6;
const BATCH = 25;
const PAGE = 100;

interface EpicItem {
  epicId: string;
  projectId: string;
  /** Absent while the epic is untagged, so the by-goal index leaves it out. */
  goalId?: string;
  asOf: string;
  version: number;
  record: EpicRollup;
}
interface GoalItem {
  goalId: string;
  version: number;
  record: GoalRollup;
}

const clampLimit = (n: number): number => Math.max(1, Math.min(PAGE, Math.floor(n)));
const chunks = <T>(xs: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, i) => xs.slice(i * size, i * size + size));

const versionIs = <T extends { version: number }>(version: number | undefined) =>
  version === undefined ? new Filter<T>().and('version', FilterConditions.notExists()) : new Filter<T>().and('version', FilterConditions.equalTo(version));

const epicItem = (r: EpicRollup, version: number): EpicItem => ({
  epicId: r.epicId,
  projectId: r.projectId,
  ...(r.goalId ? { goalId: r.goalId } : {}),
  asOf: r.asOf,
  version,
  record: EpicRollup.parse(r),
});

/** Runs a read-decide-write step until its conditions hold; another writer winning is not an error. */
const withRetries = (step: () => Promise<void>): Promise<void> =>
  commitOnVersion(
    async (attempt) => {
      try {
        await step();
        return committed(undefined);
      } catch (e) {
        if (!isConditionFailure(e) || attempt >= MAX_ATTEMPTS) throw e;
        return beaten;
      }
    },
    () => new Error('unreachable: the last attempt rethrows'),
    MAX_ATTEMPTS,
  );

const goalItems = async (goalIds: readonly string[]): Promise<Map<string, GoalItem>> => {
  const out = new Map<string, GoalItem>();
  for (const part of chunks(goalIds, BATCH)) {
    const res = await kvs.batchGet<GoalItem>(part.map((key) => ({ key, entityName: GOAL })));
    for (const hit of res.successfulKeys) if (hit.value) out.set(hit.key, hit.value);
  }
  return out;
};

type Page<T> = { results: { key: string; value: T }[]; nextCursor?: string };

/** Every item of one index query, page by page (bounded by the store's size, 100 per page). */
const everyItem = async <T>(query: (cursor?: string) => Promise<Page<T>>): Promise<{ key: string; value: T }[]> => {
  const out: { key: string; value: T }[] = [];
  let cursor: string | undefined;
  do {
    const page = await query(cursor);
    out.push(...page.results);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
};

const everyGoalItem = () =>
  everyItem<GoalItem>((c) => {
    const q = kvs.entity<GoalItem>(GOAL).query().index('by-goal').limit(PAGE);
    return (c ? q.cursor(c) : q).getMany();
  });

const epicsByGoal = (goalId: string, limit: number, cursor?: string) => {
  const q = kvs.entity<EpicItem>(EPIC).query().index('by-goal').where(WhereConditions.equalTo(goalId)).limit(limit);
  return (cursor ? q.cursor(cursor) : q).getMany();
};

const writeEpic = async (epicId: string, next: EpicRollup | undefined, asOf: string): Promise<void> => {
  const current = await kvs.entity<EpicItem>(EPIC).get(epicId);
  const before = current ? EpicRollup.parse(current.record) : undefined;
  if (!current && !next) return;
  const tx = kvs.transact();
  const epicCondition = { entityName: EPIC, conditions: versionIs<EpicItem>(current?.version) };
  if (next) tx.set<EpicItem>(epicId, epicItem(next, (current?.version ?? 0) + 1), epicCondition);
  else tx.delete<EpicItem>(epicId, epicCondition);
  if (!sameContribution(contributionOf(before), contributionOf(next))) {
    const ids = [...new Set([before?.goalId, next?.goalId].filter((g): g is string => !!g))];
    const stored = await goalItems(ids);
    const currentGoals = new Map(ids.map((id) => [id, stored.get(id) ? GoalRollup.parse(stored.get(id)!.record) : undefined]));
    for (const [goalId, value] of moveContribution(currentGoals, before, next, asOf)) {
      const item = stored.get(goalId);
      const condition = { entityName: GOAL, conditions: versionIs<GoalItem>(item?.version) };
      if (value) tx.set<GoalItem>(goalId, { goalId, version: (item?.version ?? 0) + 1, record: GoalRollup.parse(value) }, condition);
      else if (item) tx.delete<GoalItem>(goalId, condition);
    }
  }
  await tx.execute();
};

export const forgeRollupStore: RollupStore = {
  async goals(goalIds) {
    const items = await goalItems([...new Set(goalIds)]);
    return new Map([...items].map(([id, item]) => [id, GoalRollup.parse(item.record)]));
  },

  async allGoals() {
    const items = await everyGoalItem();
    return new Map(items.map((i) => [i.value.goalId, GoalRollup.parse(i.value.record)]));
  },

  async epicsOfGoal(goalId, limit, cursor) {
    const page = await epicsByGoal(goalId, clampLimit(limit), cursor);
    return { epics: page.results.map((r) => EpicRollup.parse(r.value.record)), ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
  },

  async epicsOfProject(projectId, limit, cursor) {
    const q = kvs.entity<EpicItem>(EPIC).query().index('by-project').where(WhereConditions.equalTo(projectId)).limit(clampLimit(limit));
    const page = await (cursor ? q.cursor(cursor) : q).getMany();
    return { epics: page.results.map((r) => EpicRollup.parse(r.value.record)), ...(page.nextCursor ? { cursor: page.nextCursor } : {}) };
  },

  async epics(epicIds) {
    const out = new Map<string, EpicRollup>();
    for (const part of chunks([...new Set(epicIds)], BATCH)) {
      const res = await kvs.batchGet<EpicItem>(part.map((key) => ({ key, entityName: EPIC })));
      for (const hit of res.successfulKeys) if (hit.value) out.set(hit.key, EpicRollup.parse(hit.value.record));
    }
    return out;
  },

  putEpic: (epicId, next, asOf) => withRetries(() => writeEpic(epicId, next, asOf)),

  async staleEpics(before, limit) {
    const page = await kvs.entity<EpicItem>(EPIC).query().index('by-asof').where(WhereConditions.lessThan(before)).limit(clampLimit(limit)).getMany();
    return page.results.map((r) => r.key);
  },

  async goalIds() {
    const [goals, epics] = await Promise.all([
      everyGoalItem(),
      everyItem<EpicItem>((c) => {
        const q = kvs.entity<EpicItem>(EPIC).query().index('by-goal').limit(PAGE);
        return (c ? q.cursor(c) : q).getMany();
      }),
    ]);
    return [...new Set([...goals.map((g) => g.value.goalId), ...epics.map((e) => e.value.goalId ?? '')])].filter((g) => g !== '').sort();
  },

  rebuildGoal: (goalId, asOf) =>
    withRetries(async () => {
      // Read the goal's version first: an epic change committed after this read bumps it and fails our write.
      const current = await kvs.entity<GoalItem>(GOAL).get(goalId);
      const epics = await everyItem<EpicItem>((c) => epicsByGoal(goalId, PAGE, c));
      const next = goalRollupFrom(
        goalId,
        epics.map((e) => EpicRollup.parse(e.value.record)),
        asOf,
      );
      const condition = { entityName: GOAL, conditions: versionIs<GoalItem>(current?.version) };
      if (next)
        await kvs
          .transact()
          .set<GoalItem>(goalId, { goalId, version: (current?.version ?? 0) + 1, record: next }, condition)
          .execute();
      else if (current) await kvs.transact().delete<GoalItem>(goalId, condition).execute();
    }),

  async hasAnyEpic() {
    const page = await kvs.entity<EpicItem>(EPIC).query().index('by-project').limit(1).getMany();
    return page.results.length > 0;
  },

  readCursor: () => kvs.get(CURSOR_KEY),
  writeCursor: (value) => kvs.set(CURSOR_KEY, value),
};
