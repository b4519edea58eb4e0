// Wiring only: the handlers manifest.yml names, built once with the production environment.
import { createHandlers } from './handlers';
import { productionEnv } from './wiring/production';

const handlers = createHandlers(productionEnv);

// Resolvers of Custom UI surfaces
export const adminResolver = handlers.adminResolver;
export const globalPageResolver = handlers.globalPageResolver;
export const issuePanelResolver = handlers.issuePanelResolver;
export const projectSettingsResolver = handlers.projectSettingsResolver;
export const projectPageResolver = handlers.projectPageResolver;
export const alignmentMacroResolver = handlers.alignmentMacroResolver;
export const scorecardMacroResolver = handlers.scorecardMacroResolver;

// Triggers: product events and scheduled jobs
export const issueEventsTrigger = handlers.issueEventsTrigger;
export const reconcileRollupsTrigger = handlers.reconcileRollupsTrigger;
export const recountRollupsTrigger = handlers.recountRollupsTrigger;
export const kpiMeasuresTrigger = handlers.kpiMeasuresTrigger;
export const weeklyDigestTrigger = handlers.weeklyDigestTrigger;
