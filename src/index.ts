// Wiring only: the handlers manifest.yml names, by kind.

// Resolvers of Custom UI surfaces
export { adminResolver } from './resolvers/admin-page';
export { globalPageResolver } from './resolvers/global-page';
export { issuePanelResolver } from './resolvers/issue-panel';
export { projectSettingsResolver } from './resolvers/project-settings';
