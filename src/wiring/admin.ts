// Production dependencies of the admin page's use cases: the status check and the settings.
import { appInfo } from '../platform/app-info';
import { JiraClient } from '../platform/jira/client';
import { fetchExistingGroups, fetchMyself, isJiraAdmin } from '../platform/jira/users';
import { forgeStorageProbe } from '../platform/storage/probe';
import { forgeSettingsStore } from '../platform/storage/settings-store';
import type { StatusDeps } from '../services/admin/get-status';
import { refreshAllGoalHealth } from '../services/kpi/goal-health';
import type { SettingsDeps } from '../services/admin/settings';
import type { Env } from './env';
import { goalHealthDeps } from './goal-health';

export const statusDeps = (env: Env, jira = new JiraClient()): StatusDeps => ({
  app: appInfo(),
  clock: env.clock,
  myself: () => fetchMyself(jira),
  isJiraAdmin: () => isJiraAdmin(jira),
  storageRoundTrip: () => forgeStorageProbe.roundTrip(),
});

export const settingsDeps = (env: Env, jira = new JiraClient()): SettingsDeps => ({
  store: forgeSettingsStore,
  isJiraAdmin: () => isJiraAdmin(jira),
  existingGroups: (names) => fetchExistingGroups(jira, names),
  bandsChanged: async () => void (await refreshAllGoalHealth(goalHealthDeps(env))),
});

export const settingsStore = forgeSettingsStore;
