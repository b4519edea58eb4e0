// Use case: read and change the app's settings. Only Jira admins change them (asked of Jira as the user).
import type { ProgressRuleView, SaveSettings, SettingsView } from '../../shared/api/admin';
import { AppFailure } from '../../shared/errors';
import { PROGRESS_RULE_LABEL } from '../../shared/model/rollup';
import type { Settings } from '../../shared/model/settings';
import type { SettingsStore } from '../ports/settings';

export interface SettingsDeps {
  store: SettingsStore;
  isJiraAdmin(): Promise<boolean>;
  /** Of these group names, those that exist in Jira (asked as the admin); absent: groups are not checked. */
  existingGroups?(names: readonly string[]): Promise<ReadonlySet<string>>;
  /** Called after the default health bands changed: every goal's KPI health is evaluated again. */
  bandsChanged?(): Promise<void>;
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
  // A group added must exist in Jira: a misspelt one would silently give nobody the right. Groups kept from before are
  // not asked again (one deleted in Jira since then can still be removed).
  const added = (change.strategyEditorGroups ?? []).filter((g) => !current.strategyEditorGroups.includes(g));
  if (added.length > 0 && deps.existingGroups) {
    const found = await deps.existingGroups(added);
    const missing = added.filter((g) => !found.has(g));
    if (missing.length > 0) {
      throw new AppFailure('VALIDATION', `Jira has no group called ${missing.map((g) => `“${g}”`).join(', ')}; check the name in Jira's user management`);
    }
  }
  const next: Settings = {
    ...current,
    strategyEditorGroups: change.strategyEditorGroups ?? current.strategyEditorGroups,
    progressRule: change.progressRule ?? current.progressRule,
    defaultHealthBands: change.defaultHealthBands ?? current.defaultHealthBands,
    weeklyDigest: change.weeklyDigest ?? current.weeklyDigest,
    version: current.version + 1,
  };
  if ((await deps.store.save(next, current.version)) === 'conflict') {
    throw new AppFailure('CONFLICT', 'Someone changed the settings since you opened them', { current: await deps.store.read() });
  }
  const bands = (b: Settings['defaultHealthBands']) => `${b.onTrackPercent}/${b.atRiskPercent}`;
  if (deps.bandsChanged && bands(next.defaultHealthBands) !== bands(current.defaultHealthBands)) {
    // The settings are saved either way; a failed refresh is repaired by the daily job.
    await deps.bandsChanged().catch((e: unknown) => console.error('[throughline] refreshing goal health after new bands failed', e));
  }
  return { settings: next, canEdit: true };
};

/** The progress rule every surface measures with; anyone may read it (it reveals nothing about the work). */
export const readProgressRule = async (store: Pick<SettingsStore, 'read'>): Promise<ProgressRuleView> => {
  const { progressRule } = await store.read();
  return { rule: progressRule, label: PROGRESS_RULE_LABEL[progressRule] };
};
