// Production dependencies of the roll-up use cases: Jira as the app (with retries bounded by the invocation's
// remaining time), the roll-up store and the clock. Triggers use them; tagging an epic uses them to move a goal.
import { defaultRetryPolicy } from '../platform/jira/retry';
import { JiraClient, forgeRequester } from '../platform/jira/client';
import { STORY_POINTS_FIELD, fetchIssueLinks, listEpicIds, searchChangedIssues, searchChildren, searchEpicsAndChildren } from '../platform/jira/rollup-issues';
import { forgeRollupStore } from '../platform/storage/rollup-store';
import { forgeCatalogStore } from '../platform/storage/catalog-store';
import { forgeAlignmentStore } from '../platform/storage/alignment-store';
import { restrictedSubtreeIds } from '../domain/goals/visibility';
import { remainingTimeMs } from '../platform/invocation';
import type { RollupDeps, RollupJira, TagTrust } from '../services/rollup/rollup-recount';
import type { ReconcileDeps } from '../services/rollup/rollup-reconcile';
import type { Env } from './env';

export const rollupJira = (jira: JiraClient): RollupJira => ({
  epicsAndChildren: (ids, reconcile) => searchEpicsAndChildren(jira, ids, reconcile),
  children: (ids, reconcile) => searchChildren(jira, ids, reconcile),
  links: (ids) => fetchIssueLinks(jira, ids),
  epicIds: () => listEpicIds(jira),
});

/** The catalog and the app's epic-tag mirrors (read only for epics whose Jira tag names a restricted goal). */
export const tagTrust: TagTrust = {
  goalIds: async () => {
    const { goals } = await forgeCatalogStore.read();
    return { restricted: restrictedSubtreeIds(goals), known: new Set(goals.map((g) => g.id)) };
  },
  mirroredGoals: async (epicIds) => {
    const out = new Map<string, string>();
    for (const id of epicIds) {
      const m = await forgeAlignmentStore.epic(id);
      if (m) out.set(id, m.tag.goalId);
    }
    return out;
  },
};

export const appJira = (remainingMs: () => number = remainingTimeMs): JiraClient => new JiraClient(forgeRequester, { ...defaultRetryPolicy, remainingMs });

export const rollupDeps = (env: Env, jira: JiraClient = appJira()): RollupDeps => ({
  jira: rollupJira(jira),
  trust: tagTrust,
  store: forgeRollupStore,
  now: () => env.clock.now(),
  pointsField: STORY_POINTS_FIELD,
});

export const reconcileDeps = (env: Env, remainingMs: () => number = remainingTimeMs, jira: JiraClient = appJira(remainingMs)): ReconcileDeps => ({
  ...rollupDeps(env, jira),
  remainingMs,
  mirrors: { read: (ids) => forgeAlignmentStore.epics(ids), put: (m) => forgeAlignmentStore.putEpic(m), delete: (id) => forgeAlignmentStore.deleteEpic(id) },
  changedSince: (minutes, max) => searchChangedIssues(jira, minutes, max),
});
