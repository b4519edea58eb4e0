// Writes the enterprise's roll-ups straight from the fixture through the app's own roll-up store, so the tree
// scenarios start from the state the reconcile job would leave, without running it over 100,000 issues first.
import { buildEpicRollups, epicFacts, type RollupIssue } from '../src/domain/rollup/epic-rollup';
import { forgeRollupStore } from '../src/platform/storage/rollup-store';
import { EPIC_TAG_PROPERTY, EpicTag } from '../src/shared/epic-tag';
import type { ReconcileCursor } from '../src/shared/model/rollup';
import type { JiraSeed } from '@throughline/local-forge/jira';

export const seedRollups = async (jira: JiraSeed, asOf: string): Promise<number> => {
  const level = new Map(jira.issueTypes.map((t) => [t.id, t.hierarchyLevel]));
  const category = new Map(jira.statuses.map((s) => [s.id, s.category]));
  const status = new Map(jira.statuses.map((s) => [s.id, s]));
  const issues: RollupIssue[] = jira.issues.map((i) => ({
    id: i.id,
    ...(i.parentId ? { parentId: i.parentId } : {}),
    level: level.get(i.issueTypeId) ?? 0,
    category: category.get(i.statusId) ?? 'new',
    storyPoints: i.storyPoints ?? null,
  }));
  const epics = jira.issues
    .filter((i) => level.get(i.issueTypeId) === 1)
    .map((i) => {
      // The epic's display facts too, as the recount keeps them: trees show epics from them.
      const s = status.get(i.statusId);
      const tag = EpicTag.safeParse(i.properties[EPIC_TAG_PROPERTY]);
      return epicFacts({
        id: i.id,
        projectId: i.projectId,
        key: i.key,
        summary: i.summary,
        status: s ? { name: s.name, category: s.category } : null,
        tag: tag.success ? tag.data : null,
      });
    });
  const rollups = buildEpicRollups(epics, issues, asOf);
  for (const r of rollups) await forgeRollupStore.putEpic(r.epicId, r, asOf);
  // As a completed full recount leaves it: the hourly job looks for changes from here on.
  await forgeRollupStore.writeCursor({ run: null, lastCompletedAt: asOf, changesCheckedAt: asOf } satisfies ReconcileCursor);
  return rollups.length;
};
