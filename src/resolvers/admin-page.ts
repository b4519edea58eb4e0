// Resolver of the admin page (jira:adminPage): the status section.
import Resolver from '@forge/resolver';
import { adminCalls } from '../shared/api/admin';
import { getStatus } from '../services/get-status';
import { appInfo } from '../platform/app-info';
import { systemClock } from '../platform/clock';
import { JiraClient } from '../platform/jira/client';
import { fetchMyself, isJiraAdmin } from '../platform/jira/users';
import { forgeStorageProbe } from '../platform/storage/probe';
import { forgeSettingsStore } from '../platform/storage/settings-store';
import { refreshAllGoalHealth } from '../services/goal-health';
import { readProgressRule, readSettings, saveSettings } from '../services/settings';
import { goalHealthDeps } from '../triggers/goal-health-wiring';
import { defineHandler } from './define';

const resolver = new Resolver();

resolver.define(
  adminCalls.status.key,
  defineHandler(adminCalls.status, async () => {
    const jira = new JiraClient();
    return getStatus({
      app: appInfo(),
      clock: systemClock,
      myself: () => fetchMyself(jira),
      isJiraAdmin: () => isJiraAdmin(jira),
      storageRoundTrip: () => forgeStorageProbe.roundTrip(),
    });
  }),
);

const settingsDeps = () => {
  const jira = new JiraClient();
  return {
    store: forgeSettingsStore,
    isJiraAdmin: () => isJiraAdmin(jira),
    bandsChanged: async () => void (await refreshAllGoalHealth(goalHealthDeps())),
  };
};

resolver.define(adminCalls.settings.key, defineHandler(adminCalls.settings, () => readSettings(settingsDeps())));
resolver.define(adminCalls.saveSettings.key, defineHandler(adminCalls.saveSettings, (change) => saveSettings(settingsDeps(), change)));
resolver.define(adminCalls.progressRule.key, defineHandler(adminCalls.progressRule, () => readProgressRule(forgeSettingsStore)));

export const adminResolver = resolver.getDefinitions();
