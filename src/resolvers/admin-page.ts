// Resolver of the admin page (jira:adminPage): the status section, the settings and the progress rule.
import { Resolver } from '../wiring/resolver';
import { adminCalls } from '../shared/api/admin';
import { getStatus } from '../services/admin/get-status';
import { readProgressRule, readSettings, saveSettings } from '../services/admin/settings';
import { settingsDeps, settingsStore, statusDeps } from '../wiring/admin';
import type { Env } from '../wiring/env';
import { defineHandler } from '../wiring/define';
import { periodCalls } from '../shared/api/periods';
import { readPeriods, savePeriods } from '../services/periods/calendar';
import { newPeriodId, periodDeps } from '../wiring/periods';

export const adminResolver = (env: Env) => {
  const resolver = new Resolver();
  resolver.define(
    adminCalls.status.key,
    defineHandler(adminCalls.status, () => getStatus(statusDeps(env))),
  );
  resolver.define(
    adminCalls.settings.key,
    defineHandler(adminCalls.settings, () => readSettings(settingsDeps(env))),
  );
  resolver.define(
    adminCalls.saveSettings.key,
    defineHandler(adminCalls.saveSettings, (change) => saveSettings(settingsDeps(env), change)),
  );
  resolver.define(
    adminCalls.progressRule.key,
    defineHandler(adminCalls.progressRule, () => readProgressRule(settingsStore)),
  );
  resolver.define(
    periodCalls.list.key,
    defineHandler(periodCalls.list, (_p, ctx) => readPeriods(periodDeps(env, ctx.accountId), { define: true, close: false })),
  );
  resolver.define(
    periodCalls.save.key,
    defineHandler(periodCalls.save, (change, ctx) => savePeriods(periodDeps(env, ctx.accountId), change, newPeriodId)),
  );
  return resolver.getDefinitions();
};
