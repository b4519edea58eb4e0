// Production dependencies of export and import: every store as records, the staging area, Jira as the admin (and as
// the app where Jira refuses the admin an epic's tag).
import { JiraClient } from '../platform/jira/client';
import { jiraEpicTagWriter } from '../platform/jira/epic-tag-writer';
import { isJiraAdmin } from '../platform/jira/users';
import { forgeDataStore } from '../platform/storage/data-store';
import { forgeImportStaging } from '../platform/storage/import-staging';
import type { ImportDeps } from '../services/data-transfer/check-import';
import type { ExportDeps } from '../services/data-transfer/export-data';

export const exportDeps = (jira = new JiraClient()): ExportDeps => ({ store: forgeDataStore, isJiraAdmin: () => isJiraAdmin(jira) });

export const importDeps = (accountId: string, jira = new JiraClient()): ImportDeps => ({
  accountId,
  store: forgeDataStore,
  staging: forgeImportStaging,
  tags: jiraEpicTagWriter(jira),
  isJiraAdmin: () => isJiraAdmin(jira),
});
