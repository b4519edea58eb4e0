// Resolver of the admin page (jira:adminPage): the status section, the settings, the progress rule, the periods,
// and export and import of all app data.
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
import { dataTransferCalls } from '../shared/api/data-transfer';
import { exportPage } from '../services/data-transfer/export-data';
import { checkImport, stageChunks } from '../services/data-transfer/check-import';
import { applyImport } from '../services/data-transfer/apply-import';
import { exportDeps, importDeps } from '../wiring/data-transfer';

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
  resolver.define(
    dataTransferCalls.exportPage.key,
    defineHandler(dataTransferCalls.exportPage, ({ cursor }) => exportPage(exportDeps(), cursor)),
  );
  resolver.define(
    dataTransferCalls.stage.key,
    defineHandler(dataTransferCalls.stage, (p, ctx) => stageChunks(importDeps(ctx.accountId), p)),
  );
  resolver.define(
    dataTransferCalls.check.key,
    defineHandler(dataTransferCalls.check, (p, ctx) => checkImport(importDeps(ctx.accountId), p)),
  );
  resolver.define(
    dataTransferCalls.apply.key,
    defineHandler(dataTransferCalls.apply, ({ importId, cursor }, ctx) => applyImport(importDeps(ctx.accountId), importId, cursor)),
  );
  return resolver.getDefinitions();
};
