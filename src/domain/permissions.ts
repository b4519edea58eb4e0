// Who may do what, decided from facts gathered as the user (never from what the browser claims).
import type { Settings } from '../shared/model/settings';

export interface StrategyFacts {
  isJiraAdmin: boolean;
  groups: readonly string[];
}

/** Strategy editors are Jira admins plus the members of the groups set on the admin page. */
export const isStrategyEditor = (facts: StrategyFacts, settings: Pick<Settings, 'strategyEditorGroups'>): boolean =>
  facts.isJiraAdmin || facts.groups.some((g) => settings.strategyEditorGroups.includes(g));
