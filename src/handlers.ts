// Every handler the manifest names, built by the composition root from an environment (the clock). Production
// builds them once with the system clock (src/index.ts); the local host and the tests build them with their own.
import { adminResolver } from './resolvers/admin-page';
import { alignmentMacroResolver } from './resolvers/alignment-macro';
import { globalPageResolver } from './resolvers/global-page';
import { issuePanelResolver } from './resolvers/issue-panel';
import { projectPageResolver } from './resolvers/project-page';
import { projectSettingsResolver } from './resolvers/project-settings';
import { scorecardMacroResolver } from './resolvers/scorecard-macro';
import { issueEventsTrigger } from './triggers/issue-events';
import { kpiMeasuresTrigger } from './triggers/kpi-measures';
import { weeklyDigestTrigger } from './triggers/weekly-digest';
import { reconcileRollupsTrigger, recountRollupsTrigger } from './triggers/reconcile';
import type { Env } from './wiring/env';

export const createHandlers = (env: Env) => ({
  // Resolvers of Custom UI surfaces
  adminResolver: adminResolver(env),
  globalPageResolver: globalPageResolver(env),
  issuePanelResolver: issuePanelResolver(env),
  projectSettingsResolver: projectSettingsResolver(env),
  projectPageResolver: projectPageResolver(env),
  alignmentMacroResolver: alignmentMacroResolver(env),
  scorecardMacroResolver: scorecardMacroResolver(env),
  // Triggers: product events and scheduled jobs
  issueEventsTrigger: issueEventsTrigger(env),
  reconcileRollupsTrigger: reconcileRollupsTrigger(env),
  recountRollupsTrigger: recountRollupsTrigger(env),
  kpiMeasuresTrigger: kpiMeasuresTrigger(env),
  weeklyDigestTrigger: weeklyDigestTrigger(env),
});

export type Handlers = ReturnType<typeof createHandlers>;
