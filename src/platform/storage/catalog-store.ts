// The goal catalog in app storage: one 'catalog' item holding every goal summary (one read), each goal in full
// beside it, and an audit event per change, all written in one transaction guarded by the catalog's revision.
import { kvs, FilterConditions, Filter } from '@forge/kvs';
import { z } from 'zod';
import { auditHistory, auditItem, auditKey, type AuditItem } from './audit-log';
import { Goal, GoalSummary } from '../../shared/model/goal';
import { PeopleNames } from '../../shared/model/common';
import { isConditionFailure } from './kvs-errors';
import type { CatalogStore } from '../../services/ports/catalog';

const CATALOG_KEY = 'catalog';
const CatalogItem = z.object({ revision: z.number().int(), goals: z.array(GoalSummary), people: PeopleNames.default({}) });
type CatalogItem = z.infer<typeof CatalogItem>;
interface GoalItem {
  goalId: string;
  version: number;
  record: Goal;
}

export const summarize = (g: Goal): GoalSummary => {
  const { description: _omit, ...summary } = g;
  return summary;
};

export const forgeCatalogStore: CatalogStore = {
  async read() {
    const raw = await kvs.entity<CatalogItem>('catalog').get(CATALOG_KEY);
    if (raw === undefined) return { revision: 0, goals: [], people: {} };
    // Stored data that no longer parses is a bug to surface, not to paper over.
    return CatalogItem.parse(raw);
  },

  async readGoal(id) {
    const item = await kvs.entity<GoalItem>('goal').get(id);
    return item === undefined ? undefined : Goal.parse(item.record);
  },

  async commit(base, goal, audit, names = {}) {
    const goals = base.goals.filter((g) => g.id !== goal.id).concat(summarize(goal));
    const next: CatalogItem = { revision: base.revision + 1, goals, people: { ...base.people, ...names } };
    const condition =
      base.revision === 0
        ? new Filter<CatalogItem>().and('revision', FilterConditions.notExists())
        : new Filter<CatalogItem>().and('revision', FilterConditions.equalTo(base.revision));
    try {
      await kvs
        .transact()
        .set(CATALOG_KEY, next, { entityName: 'catalog', conditions: condition })
        .set<GoalItem>(goal.id, { goalId: goal.id, version: goal.version, record: goal }, { entityName: 'goal' })
        .set<AuditItem>(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute();
      return 'committed';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  },

  history: auditHistory,
};
