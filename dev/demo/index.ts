// The demo organisation: Northwind Analytics, a mid-size B2B analytics company, as deterministic data.
// Seeds the Jira emulator (users, projects, issues with epic tags) and the app's storage (goals, project
// alignments, KPIs, measurements, check-ins). Same output on every run; every date is relative to `today`.
import type { JiraSeed } from '@throughline/local-forge/jira';
import { buildProjectAlignments } from './alignments';
import { buildAgreements, buildCommitments } from './agreements';
import { buildCheckIns } from './check-ins';
import { buildGoals } from './goals';
import { buildInput } from './input';
import { buildIssues } from './issues';
import { buildKpis } from './kpis';
import { buildProposals } from './proposals';
import { buildPeriods } from './periods';
import { GROUP_STRATEGY_EDITORS, PERSONAS, buildUsers } from './people';
import { ISSUE_TYPES, buildIssueTypes, buildProjects, buildStatuses, projectDef } from './projects';
import { parseDay } from './random';
import type { DemoOrganisation } from './types';

export type { DemoOrganisation, DemoStrategy, KpiIntent, Persona, PersonaId } from './types';
export { PERSONAS, ACCOUNTS, COMPANY } from './people';
export { GO_TO_MARKET_PROJECTS, LEAD_PROJECT, OUTSIDER_PROJECT, RESTRICTED_PROJECT, ISSUE_TYPES, STATUSES } from './projects';
export { DRAFT_GOAL, GOAL_WITHOUT_MANAGER, GOAL_WITHOUT_WORK, PROCESS_GOAL_KPIS_ONLY, SELF_GOAL } from './goals';
export { PENDING_PROPOSAL } from './proposals';
export { lastQuarterOf } from './periods';
export { UNALIGNED_PROJECT } from './alignments';
export { KPI_INTENTS, OPEN_BUGS_JQL } from './kpis';
export { OVERDUE_CHECK_IN_GOALS } from './check-ins';
export { AT_RISK_AGREEMENT, DASHBOARDS_RELIES_ON, OLD_UNANSWERED_AGREEMENT, RESTRICTED_AGREEMENT } from './agreements';
export { mulberry32 } from './random';

export const DEFAULT_TODAY = '2026-11-28';

/** Counts what OPEN_BUGS_JQL (the computed KPI's query) matches: open bugs in INS. */
function countOpenInsightsBugs(jira: JiraSeed): number {
  const ins = projectDef('INS').id;
  const done = new Set(jira.statuses.filter((s) => s.category === 'done').map((s) => s.id));
  return jira.issues.filter((i) => i.projectId === ins && i.issueTypeId === ISSUE_TYPES.bug.id && !done.has(i.statusId)).length;
}

export function buildDemoOrganisation(opts: { today?: string } = {}): DemoOrganisation {
  const today = opts.today ?? DEFAULT_TODAY;
  parseDay(today); // throws on anything but a real 'YYYY-MM-DD'
  const jira: JiraSeed = {
    users: buildUsers(),
    issueTypes: buildIssueTypes(),
    statuses: buildStatuses(),
    projects: buildProjects(),
    issues: buildIssues(today),
  };
  const { kpis, measurements } = buildKpis(today, countOpenInsightsBugs(jira));
  const input = buildInput(today, jira.issues);
  const goals = buildGoals(today);
  return {
    jira,
    personas: PERSONAS.map((p) => ({ ...p })),
    strategy: {
      goals,
      projectAlignments: buildProjectAlignments(today),
      kpis,
      measurements,
      checkIns: buildCheckIns(today),
      input,
      agreements: buildAgreements(today),
      commitments: buildCommitments(today, goals, kpis),
      proposals: buildProposals(today),
      strategyEditorGroups: [GROUP_STRATEGY_EDITORS],
      periods: buildPeriods(today),
    },
    today,
  };
}
