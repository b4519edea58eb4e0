// Production dependencies of the resolvers' use cases, built from the platform adapters with the clock of the
// composition root (env). Tests of a use case alone pass their own deps.
import { randomUUID } from '../platform/ids';
import { entityIdFor, goalIdFor } from '../domain/ids';
import { JiraClient } from '../platform/jira/client';
import { fetchIssueForPanel, putEpicTagProperty, deleteEpicTagProperty } from '../platform/jira/issues';
import { hasProjectPermission } from '../platform/jira/permissions';
import { fetchProject } from '../platform/jira/projects';
import { fetchMyGroups, fetchUsers, isJiraAdmin, searchUsers } from '../platform/jira/users';
import { forgeAlignmentStore } from '../platform/storage/alignment-store';
import { appendAudit } from '../platform/storage/audit-log';
import { readCatalogWithHealth, forgeCatalogStore } from '../platform/storage/catalog-store';
import { forgeSettingsStore } from '../platform/storage/settings-store';
import {
  fetchBrowsableProjects,
  fetchEpicsByIds,
  fetchEpicsOfProject,
  fetchProjectNames,
  fetchProjectsByIds,
  fetchUntaggedEpics,
  fetchVisibleEpicIds,
} from '../platform/jira/alignment-search';
import { readAllProjectAlignments } from '../platform/storage/project-alignments';
import { forgeRollupStore } from '../platform/storage/rollup-store';
import { progressOf } from '../domain/alignment/tree-progress';
import { SUBTREE_PAGE_ROWS } from '../shared/api/macros';
import type { SubtreeDeps } from '../services/alignment/alignment-subtree';
import type { GapsDeps } from '../services/alignment/gaps';
import type { BurnUpDeps } from '../services/alignment/burn-up';
import { fetchWorkHistory } from '../platform/jira/work-history';
import type { ProjectPageDeps } from '../services/alignment/project-page';
import { retagEpicRollup } from '../services/rollup/rollup-recount';
import { rollupDeps } from './rollup';
import type { GoalContextDeps } from '../services/goals/goal-context';
import type { ProjectTagDeps } from '../services/alignment/project-tag';
import type { SaveGoalDeps } from '../services/goals/save-goal';
import type { StrategyAccessDeps } from '../services/goals/strategy-access';
import type { TagEpicDeps } from '../services/alignment/tag-epic';
import { jqlSyntaxProblem } from '../platform/jira/jql-syntax';
import { forgeCheckInStore } from '../platform/storage/check-in-store';
import { forgeGoalHealthStore } from '../platform/storage/goal-health-store';
import { defaultBands } from './goal-health';
import { forgeKpiStore } from '../platform/storage/kpi-store';
import { forgeMeasurementStore } from '../platform/storage/measurement-store';
import { once, type ScorecardDeps } from '../services/kpi/scorecard-deps';
import { atRiskOfModel, deliveryProgressOf, progressOfModel, unalignedOfModel, unseenOfModel } from '../services/kpi/scorecard-delivery';
import { loadModel, type AlignmentReadDeps } from '../services/alignment/alignment-tree';
import { readBoardsAndSettings } from '../platform/storage/boards';
import { readAgreementFacts } from '../services/agreements/agreement-facts';
import { deliveryOf, type ScorecardMacroDeps } from '../services/kpi/scorecard-macro';
import { canEditStrategy } from '../services/goals/strategy-access';
import { externalUsageOf } from '../services/goals/goal-usage';
import type { GoalVisibilityDeps } from '../services/goals/goal-visibility';
import type { Env } from './env';
import type { MacroOptionsDeps } from '../services/alignment/macro-options';
import { forgeInputStore } from '../platform/storage/input-store';
import { fetchMyself } from '../platform/jira/users';
import { fetchVisibleIssueIds } from '../platform/jira/alignment-search';
import { fetchUntaggedEpicsToAdminister } from '../platform/jira/administered-epics';
import type { InputDeps } from '../services/input/input-deps';
import type { LeaveInputDeps } from '../services/input/leave-input';
import type { PanelContextDeps } from '../services/input/panel-input';
import type { DueDeps } from '../services/due/due-from-you';
import { forgeAgreementStore } from '../platform/storage/agreement-store';
import type { AgreementDeps } from '../services/agreements/agreement-deps';
import { forgeProposalStore } from '../platform/storage/proposal-store';
import type { ProposalDeps } from '../services/goals/proposal-deps';

import { avatarOf, type AvatarDeps } from '../services/people/avatars';

const auditId = () => randomUUID();

export const namesOf = (jira: JiraClient) => async (ids: string[]) =>
  Object.fromEntries((await fetchUsers(jira, ids)).map((u) => [u.accountId, u.displayName]));

/** People whose name matches, for every leader and manager picker: id, display name and Jira avatar. */
export const peopleMatching = async (query: string, jira = new JiraClient()) =>
  (await searchUsers(jira, query)).map((u) => {
    const avatarUrl = avatarOf(u);
    return { accountId: u.accountId, displayName: u.displayName, ...(avatarUrl ? { avatarUrl } : {}) };
  });

/** The avatars of people a view names, from Jira's users as the caller sees them (every surface's `people/avatars`). */
export const avatarDeps = (jira = new JiraClient()): AvatarDeps => ({ usersOf: (ids) => fetchUsers(jira, ids) });

export const strategyAccess = (jira = new JiraClient()): StrategyAccessDeps => ({
  isJiraAdmin: () => isJiraAdmin(jira),
  myGroups: () => fetchMyGroups(jira),
  settings: () => forgeSettingsStore.read(),
});

/** What deciding which goals a viewer sees needs; each Jira question asked at most once per call. */
export const goalViewer = (accountId: string, jira = new JiraClient(), isEditor = once(() => canEditStrategy(strategyAccess(jira)))): GoalVisibilityDeps => ({
  accountId,
  isEditor,
  browsableProjects: once(() => fetchBrowsableProjects(jira)),
  alignments: () => readAllProjectAlignments(),
  rollups: forgeRollupStore,
});

/** The alignment tree macro's goal picker: the catalog and who is asking, for the use case's visibility step. */
export const macroOptionsDeps = (accountId: string, jira = new JiraClient()): MacroOptionsDeps => ({
  catalog: forgeCatalogStore,
  viewer: goalViewer(accountId, jira),
});

export const saveGoalDeps = (env: Env, jira = new JiraClient()): SaveGoalDeps => ({
  isEditor: () => canEditStrategy(strategyAccess(jira)),
  catalog: forgeCatalogStore,
  externalUsage: (goalId) =>
    externalUsageOf(
      {
        projectIdsOf: async (id, limit) => (await forgeAlignmentStore.projectsForGoal(id, limit)).map((p) => p.projectId),
        epicIdsOf: async (id, limit) => (await forgeAlignmentStore.epicsForGoal(id, limit)).map((e) => e.issueId),
        projectsByIds: (ids) => fetchProjectsByIds(jira, ids),
        epicsByIds: (ids) => fetchEpicsByIds(jira, ids),
      },
      goalId,
    ),
  now: () => env.clock.now(),
  namesOf: namesOf(jira),
  newId: (title, taken) => goalIdFor(title, taken, randomUUID),
  auditId,
});

/** The workspace's catalog reads: the catalog, whether the viewer may edit it, and what the viewer may see. */
export const catalogReadDeps = (accountId: string, jira = new JiraClient()) => {
  // The catalog and the health board in one batch, read once per invocation.
  let both: ReturnType<typeof readCatalogWithHealth> | undefined;
  const read = () => (both ??= readCatalogWithHealth());
  return {
    catalog: { ...forgeCatalogStore, read: async () => (await read()).snapshot },
    canEdit: () => canEditStrategy(strategyAccess(jira)),
    viewer: goalViewer(accountId, jira),
    health: async () => (await read()).health.goals,
  };
};

/** A goal change: the editor check and the save, on one Jira client. */

export const goalContextDeps = (env: Env, accountId: string, jira = new JiraClient()): GoalContextDeps => ({
  issue: (ref) => fetchIssueForPanel(jira, ref),
  catalog: () => forgeCatalogStore.read(),
  viewer: goalViewer(accountId, jira),
  panelRecords: (epicId, projectId) => forgeAlignmentStore.panelRecords(epicId, projectId),
  today: () => env.clock.now().toISOString().slice(0, 10),
});

export const tagEpicDeps = (env: Env, accountId: string, jira = new JiraClient()): TagEpicDeps => ({
  issue: (ref) => fetchIssueForPanel(jira, ref),
  // A goal the viewer may not see cannot be chosen, even by naming its id (the use case's visibility step).
  catalog: () => forgeCatalogStore.read(),
  viewer: goalViewer(accountId, jira),
  writeProperty: (issueId, tag) => putEpicTagProperty(jira, 'user', issueId, tag),
  deleteProperty: (issueId) => deleteEpicTagProperty(jira, 'user', issueId),
  putMirror: (m) => forgeAlignmentStore.putEpic(m),
  namesOf: namesOf(jira),
  deleteMirror: (id) => forgeAlignmentStore.deleteEpic(id),
  moveRollup: (epicId, tag) => retagEpicRollup(rollupDeps(env), epicId, tag),
  audit: appendAudit,
  now: () => env.clock.now(),
  auditId,
});

/** Tagging from the issue panel: the tag, then the panel's context again, on one Jira client. */
export const panelTagDeps = (env: Env, accountId: string, jira = new JiraClient()) => ({
  tag: tagEpicDeps(env, accountId, jira),
  context: goalContextDeps(env, accountId, jira),
});

export const projectTagDeps = (env: Env, accountId: string, jira = new JiraClient()): ProjectTagDeps => ({
  project: (ref) => fetchProject(jira, ref),
  isProjectAdmin: (projectId) => hasProjectPermission(jira, projectId, 'ADMINISTER_PROJECTS'),
  catalog: () => forgeCatalogStore.read(),
  viewer: goalViewer(accountId, jira),
  alignments: forgeAlignmentStore,
  namesOf: namesOf(jira),
  now: () => env.clock.now(),
  auditId,
});

// The alignment tree, gaps radar and project page: Jira always as the viewer, roll-ups cut to what they may see.
const todayOf = (env: Env) => () => env.clock.now().toISOString().slice(0, 10);
const progressRule = async () => (await forgeSettingsStore.read()).progressRule;

export const alignmentDeps = (
  env: Env,
  accountId: string,
  jira = new JiraClient(),
  isEditor = once(() => canEditStrategy(strategyAccess(jira))),
): SubtreeDeps & GapsDeps => {
  // The boards and the settings in one storage operation, asked once per call whoever asks first.
  const boards = once(readBoardsAndSettings);
  return {
    accountId,
    // Asked only when the catalog holds a restricted goal.
    isEditor,
    catalog: () => forgeCatalogStore.read(),
    browsableProjects: () => fetchBrowsableProjects(jira),
    // Names only of the projects a view shows.
    projectNames: (ids) => fetchProjectNames(jira, ids),
    alignments: () => readAllProjectAlignments(),
    rollups: forgeRollupStore,
    progressRule: async () => (await boards()).settings.progressRule,
    progress: progressOf,
    today: todayOf(env),
    // Callers bound what they ask for (a subtree read: its row cap); this bound is only the last line.
    epicsByIds: (ids) => fetchEpicsByIds(jira, ids, SUBTREE_PAGE_ROWS),
    visibleEpicIds: (goalIds) => fetchVisibleEpicIds(jira, goalIds),
    namesOf: namesOf(jira),
    untaggedEpics: () => fetchUntaggedEpics(jira),
    // The gap "input unanswered" on the tree, the macro and the radar alike.
    openInputSince: (at) => forgeInputStore.openSince(at),
    // Badges, agreement gaps and the scorecards' at-risk lists: both summaries and the health board in one batch.
    agreements: () => readAgreementFacts({ boards: async () => (await boards()).boards }, forgeKpiStore),
    // The tree macro without agreements still shows each goal's health: from the same batch.
    health: async () => (await boards()).boards.health.goals,
  };
};

/** Agreements at risk from the work (the panel's reliance lines, the scorecards): the model with no gaps to show. */
export const agreementRiskDeps = (env: Env, accountId: string, jira = new JiraClient(), isEditor?: () => Promise<boolean>): AlignmentReadDeps => ({
  ...alignmentDeps(env, accountId, jira, isEditor),
  openInputSince: undefined,
});

/** A goal's burn-up: the alignment model without agreements, and its issues' dates read as the viewer. */
export const burnUpDeps = (env: Env, accountId: string, jira = new JiraClient()): BurnUpDeps => ({
  ...alignmentDeps(env, accountId, jira),
  agreements: undefined,
  openInputSince: undefined,
  workHistory: (epicIds) => fetchWorkHistory(jira, epicIds),
});

/** The alignment reads that only need the work (delivery progress): no agreements, no health read. */
const workDeps = (env: Env, accountId: string, jira: JiraClient, isEditor: () => Promise<boolean>) => ({
  ...alignmentDeps(env, accountId, jira, isEditor),
  agreements: undefined,
  health: undefined,
  openInputSince: undefined,
});

export const projectPageDeps = (env: Env, accountId: string, jira = new JiraClient()): ProjectPageDeps => ({
  project: (ref) => fetchProject(jira, ref),
  catalog: () => forgeCatalogStore.read(),
  viewer: goalViewer(accountId, jira),
  alignment: (projectId) => forgeAlignmentStore.project(projectId),
  epicsOfProject: (projectId) => fetchEpicsOfProject(jira, projectId),
  rollups: forgeRollupStore,
  canEditIssues: (projectId) => hasProjectPermission(jira, projectId, 'EDIT_ISSUES'),
  canAdminister: (projectId) => hasProjectPermission(jira, projectId, 'ADMINISTER_PROJECTS'),
  progressRule,
  progress: progressOf,
  today: todayOf(env),
});

// Scorecards: KPIs, measurements and check-ins. The editor check is asked of Jira (as the caller) at most once
// per call; delivery progress comes from the roll-ups the caller may see, as in the alignment tree.
export const scorecardDeps = (env: Env, accountId: string, jira = new JiraClient()): ScorecardDeps => {
  const isEditor = once(() => canEditStrategy(strategyAccess(jira)));
  // One model for the delivery signal and the at-risk agreements, read only when a use case asks for either.
  const model = once(() => loadModel(agreementRiskDeps(env, accountId, jira, isEditor)));
  return {
    catalog: forgeCatalogStore,
    viewer: goalViewer(accountId, jira, isEditor),
    kpis: forgeKpiStore,
    measurements: forgeMeasurementStore,
    checkIns: forgeCheckInStore,
    inputs: forgeInputStore,
    health: forgeGoalHealthStore,
    defaultBands,
    isEditor,
    jqlProblem: jqlSyntaxProblem,
    deliveryProgress: async (goalIds) => progressOfModel(await model(), goalIds),
    unseenWork: async (goalIds) => unseenOfModel(await model(), goalIds),
    unalignedWork: async (goalIds) => unalignedOfModel(await model(), goalIds),
    agreementsAtRisk: async (goalIds) => atRiskOfModel(await model(), goalIds),
    now: () => env.clock.now(),
    newId: (prefix) => entityIdFor(prefix, randomUUID),
    auditId,
  };
};

// The Confluence scorecard macro: read-only; the editor check only to decide who sees a restricted goal; delivery
// as the viewer, with its freshness.
export const scorecardMacroDeps = (env: Env, accountId: string, jira = new JiraClient()): ScorecardMacroDeps => {
  const isEditor = once(() => canEditStrategy(strategyAccess(jira)));
  return {
    catalog: forgeCatalogStore,
    viewer: goalViewer(accountId, jira, isEditor),
    kpis: forgeKpiStore,
    measurements: forgeMeasurementStore,
    checkIns: forgeCheckInStore,
    defaultBands,
    // A level's summary line counts the goals of other pages from the board.
    health: forgeGoalHealthStore,
    delivery: (goalIds) => deliveryOf(alignmentDeps(env, accountId, jira, isEditor), goalIds),
    now: () => env.clock.now(),
  };
};

/** Tagging an epic from the project page: the page's reads and the tagging use case, on one Jira client. */
export const projectTagEpicDeps = (env: Env, accountId: string, jira = new JiraClient()) => ({
  page: projectPageDeps(env, accountId, jira),
  tag: tagEpicDeps(env, accountId, jira),
});

// Input from the work: the goal page's reads and triage (the editor check asked at most once per call, only of
// callers who hold no role on the goal), leaving input from the issue panel, and the panel's first load with the
// viewer's own input.
export const inputDeps = (env: Env, accountId: string, jira = new JiraClient()): InputDeps => {
  const isEditor = once(() => canEditStrategy(strategyAccess(jira)));
  return {
    catalog: forgeCatalogStore,
    viewer: goalViewer(accountId, jira, isEditor),
    inputs: forgeInputStore,
    isEditor,
    browsableIssues: (ids) => fetchVisibleIssueIds(jira, ids),
    now: () => env.clock.now(),
    newId: (prefix) => entityIdFor(prefix, randomUUID),
    auditId,
  };
};

export const leaveInputDeps = (env: Env, accountId: string, jira = new JiraClient()): LeaveInputDeps => ({
  ...inputDeps(env, accountId, jira),
  context: goalContextDeps(env, accountId, jira),
  myName: async () => (await fetchMyself(jira)).displayName,
});

export const panelContextDeps = (env: Env, accountId: string, jira = new JiraClient()): PanelContextDeps => ({
  context: goalContextDeps(env, accountId, jira),
  inputs: forgeInputStore,
});

// Agreements between goals: the catalog as the caller may see it, the agreement store, the parent's KPIs for the
// commitment's fingerprint, the editor check at most once per call, and the providing goals' work as the caller may
// see it (one alignment model, read only when an agreed support's risk is shown).
export const agreementDeps = (env: Env, accountId: string, jira = new JiraClient()): AgreementDeps => {
  const isEditor = once(() => canEditStrategy(strategyAccess(jira)));
  return {
    catalog: forgeCatalogStore,
    viewer: goalViewer(accountId, jira, isEditor),
    store: forgeAgreementStore,
    kpis: forgeKpiStore,
    isEditor,
    deliveryProgress: (goalIds) => deliveryProgressOf(workDeps(env, accountId, jira, isEditor), goalIds),
    namesOf: namesOf(jira),
    now: () => env.clock.now(),
    newId: (prefix) => entityIdFor(prefix, randomUUID),
    auditId,
  };
};

// Goals proposed at every level: the catalog as the caller may see it, the proposal store, the editor check at most
// once per call (only of callers with no role on the goal), and for "My goals" the agreement and health boards and
// the open input.
export const proposalDeps = (env: Env, accountId: string, jira = new JiraClient()): ProposalDeps => {
  const isEditor = once(() => canEditStrategy(strategyAccess(jira)));
  return {
    catalog: forgeCatalogStore,
    viewer: goalViewer(accountId, jira, isEditor),
    proposals: forgeProposalStore,
    isEditor,
    namesOf: namesOf(jira),
    agreementFacts: () => readAgreementFacts(forgeAgreementStore, forgeKpiStore),
    openInput: () => forgeInputStore.openSince(env.clock.now().toISOString()),
    now: () => env.clock.now(),
    newId: (prefix) => entityIdFor(prefix, randomUUID),
    goalId: (title, taken) => goalIdFor(title, taken, randomUUID),
    auditId,
  };
};

// "Due from you": the catalog as the caller may see it and the stores the owed items are read from; no Jira call
// unless a restricted goal needs the visibility check.
export const dueDeps = (env: Env, accountId: string, jira = new JiraClient()): DueDeps => ({
  catalog: forgeCatalogStore,
  viewer: goalViewer(accountId, jira),
  checkIns: forgeCheckInStore,
  kpis: forgeKpiStore,
  measurements: forgeMeasurementStore,
  health: forgeGoalHealthStore,
  agreements: forgeAgreementStore,
  inputs: forgeInputStore,
  proposals: forgeProposalStore,
  untaggedToAdminister: () => fetchUntaggedEpicsToAdminister(jira),
  now: () => env.clock.now(),
});
