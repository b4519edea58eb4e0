// Puts the demo organisation's strategy into app storage through the app's own storage adapters, so the data
// has exactly the shape production writes: the catalog, each goal, project alignments, epic-tag mirrors, settings.
import { kvs } from '@forge/kvs';
import { EPIC_TAG_PROPERTY, EpicTag } from '../../src/shared/epic-tag';
import type { Goal } from '../../src/shared/model/goal';
import { forgeAlignmentStore } from '../../src/platform/storage/alignment-store';
import { forgeCatalogStore, summarize } from '../../src/platform/storage/catalog-store';
import { forgeSettingsStore } from '../../src/platform/storage/settings-store';
import { forgeRollupStore } from '../../src/platform/storage/rollup-store';
import { forgeKpiStore } from '../../src/platform/storage/kpi-store';
import { forgeMeasurementStore } from '../../src/platform/storage/measurement-store';
import type { JiraSeed } from '../jira/model';
import type { DemoStrategy } from '../demo';

const namesFor = (seed: JiraSeed, ids: (string | null)[]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const u = id ? seed.users.find((x) => x.accountId === id) : undefined;
    if (u) out[u.accountId] = u.displayName;
  }
  return out;
};

/** The scheduled trigger that builds every roll-up; the local host runs it at start when there are none. */
export const ROLLUP_RECONCILE = 'throughline-reconcile-rollups';

/** Whether storage holds any roll-up (a store kept from before roll-ups existed has none: build them). */
export const hasRollups = (): Promise<boolean> => forgeRollupStore.hasAnyEpic();

/** Whether storage already holds a catalog (then a restart keeps what users did). */
export const hasCatalog = async (): Promise<boolean> => (await forgeCatalogStore.read()).revision > 0;

export const seedStrategy = async (strategy: DemoStrategy, jira: JiraSeed): Promise<void> => {
  const goals: Goal[] = strategy.goals;
  const people = namesFor(jira, goals.flatMap((g) => [g.leaderId, g.managerId]));
  await kvs.entity('catalog').set('catalog', { revision: 1, goals: goals.map(summarize), people });
  for (const g of goals) await kvs.entity('goal').set(g.id, { goalId: g.id, version: g.version, record: g });
  for (const a of strategy.projectAlignments) {
    const names = namesFor(jira, [a.leaderId, a.managerId]);
    const audit = { id: `seed-${a.projectId}`, entity: 'project' as const, entityId: a.projectId, action: 'tag' as const, at: a.updatedAt, by: a.updatedBy, before: null, after: a };
    await forgeAlignmentStore.saveProject({ ...a, names }, 0, audit);
  }
  for (const issue of jira.issues) {
    const tag = EpicTag.safeParse(issue.properties[EPIC_TAG_PROPERTY]);
    if (tag.success) {
      const names = namesFor(jira, [tag.data.leaderId ?? null, tag.data.managerId ?? null]);
      await forgeAlignmentStore.putEpic({ issueId: issue.id, projectId: issue.projectId, tag: tag.data, names });
    }
  }
  for (const k of strategy.kpis) {
    const by = goals.find((g) => g.id === k.goalId)?.updatedBy ?? goals[0]!.updatedBy;
    const audit = { id: `seed-${k.id}`, entity: 'kpi' as const, entityId: k.id, action: 'create' as const, at: `${k.baseline.date}T09:00:00.000Z`, by, before: null, after: k };
    await forgeKpiStore.save(k, 0, audit);
  }
  await forgeMeasurementStore.importMany(strategy.measurements);
  await forgeSettingsStore.write({ strategyEditorGroups: strategy.strategyEditorGroups, progressRule: 'issues-done', version: 1 });
};
