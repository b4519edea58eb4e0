// Use case: read and change the app's settings. Only Jira admins change them (asked of Jira as the user).
import type { ProgressRuleView, SaveSettings, SettingsView } from '../shared/api/admin';
import { AppFailure } from '../shared/errors';
import { PROGRESS_RULE_LABEL } from '../shared/model/rollup';
import type { Settings } from '../shared/model/settings';
import type { SettingsStore } from '../platform/storage/settings-store';

export interface SettingsDeps {
  store: SettingsStore;
  isJiraAdmin(): Promise<boolean>;
}

export const readSettings = async (deps: SettingsDeps): Promise<SettingsView> => {
  const [settings, canEdit] = await Promise.all([deps.store.read(), deps.isJiraAdmin()]);
  return { settings, canEdit };
};

export const saveSettings = async (deps: SettingsDeps, change: SaveSettings): Promise<SettingsView> => {
  if (!(await deps.isJiraAdmin())) throw new AppFailure('FORBIDDEN', 'Only Jira admins may change Throughline settings');
  const current = await deps.store.read();
  if (current.version !== change.expectedVersion) {
    throw new AppFailure('CONFLICT', 'Someone changed the settings since you opened them', { current });
  }
  const next: Settings = {
    ...current,
    strategyEditorGroups: change.strategyEditorGroups ?? current.strategyEditorGroups,
    progressRule: change.progressRule ?? current.progressRule,
    version: current.version + 1,
  };
  await deps.store.write(next);
  return { settings: next, canEdit: true };
};

/** The progress rule every surface measures with; anyone may read it (it reveals nothing about the work). */
export const readProgressRule = async (store: Pick<SettingsStore, 'read'>): Promise<ProgressRuleView> => {
  const { progressRule } = await store.read();
  return { rule: progressRule, label: PROGRESS_RULE_LABEL[progressRule] };
};
