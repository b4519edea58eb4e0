// Production dependencies of the weekly digest: the settings, the catalog and the stores "Due from you" reads, the
// digest log, and Jira as the app (retries bounded by the invocation's remaining time) to find an epic and mail.
import { JiraClient, forgeRequester } from '../platform/jira/client';
import { jiraDigestMailer } from '../platform/jira/notify';
import { defaultRetryPolicy } from '../platform/jira/retry';
import { remainingTimeMs } from '../platform/invocation';
import { forgeAgreementStore } from '../platform/storage/agreement-store';
import { forgeCatalogStore } from '../platform/storage/catalog-store';
import { forgeCheckInStore } from '../platform/storage/check-in-store';
import { forgeDigestLog } from '../platform/storage/digest-log';
import { forgeGoalHealthStore } from '../platform/storage/goal-health-store';
import { forgeInputStore } from '../platform/storage/input-store';
import { forgeKpiStore } from '../platform/storage/kpi-store';
import { forgeMeasurementStore } from '../platform/storage/measurement-store';
import { forgeProposalStore } from '../platform/storage/proposal-store';
import { forgeSettingsStore } from '../platform/storage/settings-store';
import type { DigestDeps } from '../services/due/weekly-digest';
import type { Env } from './env';

export const digestDeps = (env: Env, jira = new JiraClient(forgeRequester, { ...defaultRetryPolicy, remainingMs: remainingTimeMs })): DigestDeps => ({
  settings: () => forgeSettingsStore.read(),
  catalog: forgeCatalogStore,
  checkIns: forgeCheckInStore,
  kpis: forgeKpiStore,
  measurements: forgeMeasurementStore,
  health: forgeGoalHealthStore,
  agreements: forgeAgreementStore,
  inputs: forgeInputStore,
  proposals: forgeProposalStore,
  log: forgeDigestLog,
  mailer: jiraDigestMailer(jira),
  now: () => env.clock.now(),
});
