// Who may edit strategy: Jira admins (asked of Jira as the user) and members of the configured groups.
import { isStrategyEditor } from '../../domain/permissions';
import type { Settings } from '../../shared/model/settings';

export interface StrategyAccessDeps {
  isJiraAdmin(): Promise<boolean>;
  myGroups(): Promise<string[]>;
  settings(): Promise<Settings>;
}

export const canEditStrategy = async (deps: StrategyAccessDeps): Promise<boolean> => {
  if (await deps.isJiraAdmin()) return true;
  const [groups, settings] = await Promise.all([deps.myGroups(), deps.settings()]);
  return isStrategyEditor({ isJiraAdmin: false, groups }, settings);
};
