// Opens a goal's page in the strategy workspace from any surface: in the same tab from Jira surfaces, in a new
// tab from Confluence macros (the reader keeps the page they were reading). Epics and projects open in Jira.
import { router } from '@forge/bridge';
import { goalPageLocation, STRATEGY_MODULE_KEY } from './goal-route';

export const openGoalPage = (goalId: string, how: 'same-tab' | 'new-tab' = 'same-tab'): void => {
  const location = goalPageLocation(goalId);
  void (how === 'new-tab' ? router.open(location) : router.navigate(location)).catch(() => undefined);
};

export const openIssue = (issueKey: string, how: 'same-tab' | 'new-tab' = 'same-tab'): void => {
  const location = { target: 'issue', issueKey } as const;
  void (how === 'new-tab' ? router.open(location) : router.navigate(location)).catch(() => undefined);
};

export const openProjectPage = (projectKey: string, how: 'same-tab' | 'new-tab' = 'same-tab'): void => {
  const location = { target: 'module', moduleKey: 'throughline-project-page', projectKey } as const;
  void (how === 'new-tab' ? router.open(location) : router.navigate(location)).catch(() => undefined);
};

/** A route of the strategy workspace (e.g. `/due`) from another surface. */
export const openWorkspace = (path: string): void => {
  void router.navigate({ target: 'module', moduleKey: STRATEGY_MODULE_KEY, path }).catch(() => undefined);
};
