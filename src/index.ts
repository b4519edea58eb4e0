// Wiring only: the handlers manifest.yml names, by kind.

// Resolvers of Custom UI surfaces
export { adminResolver } from './resolvers/admin-page';
export { globalPageResolver } from './resolvers/global-page';
export { issuePanelResolver } from './resolvers/issue-panel';
export { projectSettingsResolver } from './resolvers/project-settings';
export { projectPageResolver } from './resolvers/project-page';
export { alignmentMacroResolver } from './resolvers/alignment-macro';
export { scorecardMacroResolver } from './resolvers/scorecard-macro';

// Triggers: product events and scheduled jobs
export { issueEventsTrigger } from './triggers/issue-events';
export { reconcileRollupsTrigger } from './triggers/reconcile';
export { kpiMeasuresTrigger } from './triggers/kpi-measures';
