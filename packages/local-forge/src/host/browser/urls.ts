// The host's page URLs (the stand-ins for Jira and Confluence pages), shared by the server's pages and the
// browser scripts that resolve router.navigate / getUrl targets. No DOM, no Node APIs.

/** The app's own Jira pages: the global page (Apps menu) and the admin page (Jira settings → Apps). */
export interface AppPaths {
  app: string;
  admin: string;
}

/** `/jira/apps/<slug>` and `/jira/settings/apps/<slug>`, as Jira names an app's pages. */
export const appPaths = (slug: string): AppPaths => ({
  app: `/jira/apps/${encodeURIComponent(slug)}`,
  admin: `/jira/settings/apps/${encodeURIComponent(slug)}`,
});

export const issueUrl = (key: string): string => `/jira/issue/${encodeURIComponent(key)}`;
export const projectUrl = (key: string): string => `/jira/project/${encodeURIComponent(key)}`;
export const projectSettingsUrl = (key: string): string => `/jira/project/${encodeURIComponent(key)}/settings`;
export const globalPageUrl = (paths: AppPaths, route = ''): string =>
  `${paths.app}${route && route !== '/' ? (route.startsWith('/') ? route : `/${route}`) : ''}`;
export const confluencePageUrl = (id: string, edit = false): string => `/confluence/page/${encodeURIComponent(id)}${edit ? '?mode=edit' : ''}`;

/** router.navigate / router.getUrl targets of @forge/bridge 7.2 (router/types.d.ts). */
export interface NavigationLocation {
  target?: string;
  url?: string;
  issueKey?: string;
  projectKey?: string;
  contentId?: string;
  moduleKey?: string;
  path?: string;
  spaceKey?: string;
  accountId?: string;
  dashboardId?: string;
}

/** A host-relative URL for a navigation target, or undefined when the host has no such page. */
export const urlForTarget = (loc: NavigationLocation, modules: Record<string, string>, paths: AppPaths): string | undefined => {
  switch (loc.target) {
    case 'issue':
      return loc.issueKey ? issueUrl(loc.issueKey) : undefined;
    case 'projectSettingsDetails':
      return loc.projectKey ? projectSettingsUrl(loc.projectKey) : undefined;
    case 'contentView':
      return loc.contentId ? confluencePageUrl(loc.contentId) : undefined;
    case 'contentEdit':
      return loc.contentId ? confluencePageUrl(loc.contentId, true) : undefined;
    case 'module': {
      const kind = loc.moduleKey ? modules[loc.moduleKey] : undefined;
      if (kind === 'jira:globalPage') return globalPageUrl(paths, loc.path ?? '');
      if (kind === 'jira:adminPage') return paths.admin;
      if (kind === 'jira:projectPage' && loc.projectKey) return projectUrl(loc.projectKey);
      if (kind === 'jira:projectSettingsPage' && loc.projectKey) return projectSettingsUrl(loc.projectKey);
      return undefined;
    }
    default:
      return undefined;
  }
};
