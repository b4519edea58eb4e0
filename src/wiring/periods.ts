// Production dependencies of the period use cases: the period store, the catalog and the viewer as the other
// reads have them, the facts a close freezes (read as the app), and the live scorecards of the caller.
import { randomUUID } from '../platform/ids';
import { entityIdFor, goalIdFor } from '../domain/ids';
import { JiraClient } from '../platform/jira/client';
import { isJiraAdmin } from '../platform/jira/users';
import { forgeAgreementStore } from '../platform/storage/agreement-store';
import { forgeCatalogStore } from '../platform/storage/catalog-store';
import { forgePeriodStore } from '../platform/storage/period-store';
import { readAllProjectAlignments } from '../platform/storage/project-alignments';
import { forgeRollupStore } from '../platform/storage/rollup-store';
import { forgeSettingsStore } from '../platform/storage/settings-store';
import { once } from '../services/kpi/scorecard-deps';
import type { PeriodDeps } from '../services/periods/period-deps';
import { goalViewer, scorecardDeps } from './deps';
import type { Env } from './env';

export const periodDeps = (env: Env, accountId: string, jira = new JiraClient()): PeriodDeps => {
  const scorecards = scorecardDeps(env, accountId, jira);
  const isEditor = scorecards.isEditor;
  return {
    store: forgePeriodStore,
    catalog: forgeCatalogStore,
    viewer: goalViewer(accountId, jira, isEditor),
    isJiraAdmin: once(() => isJiraAdmin(jira)),
    isEditor,
    facts: {
      rollups: forgeRollupStore,
      alignments: () => readAllProjectAlignments(),
      settings: () => forgeSettingsStore.read(),
      agreements: () => forgeAgreementStore.boards(),
    },
    scorecards,
    now: () => env.clock.now(),
    auditId: () => randomUUID(),
    goalId: (title, taken) => goalIdFor(title, taken, randomUUID),
  };
};

export const newPeriodId = (): string => entityIdFor('p', randomUUID);
