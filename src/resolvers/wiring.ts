// Production dependencies of the use cases, built from the platform adapters. Tests pass their own.
import { randomUUID } from 'node:crypto';
import { JiraClient } from '../platform/jira/client';
import { fetchIssueForPanel, putEpicTagProperty, deleteEpicTagProperty } from '../platform/jira/issues';
import { hasProjectPermission } from '../platform/jira/permissions';
import { fetchProject } from '../platform/jira/projects';
import { fetchMyGroups, fetchUsers, isJiraAdmin, searchUsers } from '../platform/jira/users';
import { forgeAlignmentStore } from '../platform/storage/alignment-store';
import { appendAudit } from '../platform/storage/audit-log';
import { forgeCatalogStore } from '../platform/storage/catalog-store';
import { forgeSettingsStore } from '../platform/storage/settings-store';
import { systemClock } from '../platform/clock';
import type { GoalContextDeps } from '../services/goal-context';
import type { ProjectTagDeps } from '../services/project-tag';
import type { SaveGoalDeps } from '../services/save-goal';
import type { StrategyAccessDeps } from '../services/strategy-access';
import type { TagEpicDeps } from '../services/tag-epic';

const now = () => systemClock.now();
const auditId = () => randomUUID();

export const namesOf = (jira: JiraClient) => async (ids: string[]) =>
  Object.fromEntries((await fetchUsers(jira, ids)).map((u) => [u.accountId, u.displayName]));

/** People whose name matches, for every leader and manager picker: id and display name only. */
export const peopleMatching = async (query: string, jira = new JiraClient()) =>
  (await searchUsers(jira, query)).map((u) => ({ accountId: u.accountId, displayName: u.displayName }));

export const strategyAccess = (jira = new JiraClient()): StrategyAccessDeps => ({
  isJiraAdmin: () => isJiraAdmin(jira),
  myGroups: () => fetchMyGroups(jira),
  settings: () => forgeSettingsStore.read(),
});

const slug = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'goal';

export const saveGoalDeps = (jira = new JiraClient()): SaveGoalDeps => ({
  catalog: forgeCatalogStore,
  externalUsage: async (goalId) => {
    const [projects, epics] = await Promise.all([forgeAlignmentStore.projectsForGoal(goalId, 20), forgeAlignmentStore.epicsForGoal(goalId, 20)]);
    return { projects: projects.map((p) => ({ projectId: p.projectId })), epics: epics.map((e) => ({ issueId: e.issueId })) };
  },
  now,
  namesOf: namesOf(jira),
  newId: (title, taken) => {
    const base = `g-${slug(title)}`;
    let id = base;
    for (let n = 2; taken(id); n++) id = `${base}-${n}`;
    return id;
  },
  auditId,
});

export const goalContextDeps = (jira = new JiraClient()): GoalContextDeps => ({
  issue: (ref) => fetchIssueForPanel(jira, ref),
  catalog: () => forgeCatalogStore.read(),
  epicAndProject: (epicId, projectId) => forgeAlignmentStore.epicAndProject(epicId, projectId),
});

export const tagEpicDeps = (jira = new JiraClient()): TagEpicDeps => ({
  issue: (ref) => fetchIssueForPanel(jira, ref),
  catalog: () => forgeCatalogStore.read(),
  writeProperty: (issueId, tag) => putEpicTagProperty(jira, 'user', issueId, tag),
  deleteProperty: (issueId) => deleteEpicTagProperty(jira, 'user', issueId),
  putMirror: (m) => forgeAlignmentStore.putEpic(m),
  namesOf: namesOf(jira),
  deleteMirror: (id) => forgeAlignmentStore.deleteEpic(id),
  audit: appendAudit,
  now,
  auditId,
});

export const projectTagDeps = (jira = new JiraClient()): ProjectTagDeps => ({
  project: (ref) => fetchProject(jira, ref),
  isProjectAdmin: (projectId) => hasProjectPermission(jira, projectId, 'ADMINISTER_PROJECTS'),
  catalog: () => forgeCatalogStore.read(),
  alignments: forgeAlignmentStore,
  namesOf: namesOf(jira),
  now,
  auditId,
});
