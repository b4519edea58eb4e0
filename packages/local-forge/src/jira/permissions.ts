// Jira's permission rules as the emulator applies them: project permissions come only from grants
// (by account, group or anyone); 'jira-admins' holds the global ADMINISTER and nothing more; apps may do anything.
import type { JiraProject, JiraSeed, JiraUser, ProjectPermissionKey } from './model';
import type { Principal } from './world';

export const JIRA_ADMIN_GROUP = 'jira-admins';
export type PermissionKey = ProjectPermissionKey | 'ADMINISTER';

/** How /mypermissions describes each permission (ids and names as Jira Cloud reports them). */
export const PERMISSION_INFO: Record<PermissionKey, { id: string; name: string; type: 'PROJECT' | 'GLOBAL'; description: string }> = {
  ADMINISTER: {
    id: '0',
    name: 'Administer Jira',
    type: 'GLOBAL',
    description: 'Create and administer projects, issue types, fields, workflows, and schemes for all projects.',
  },
  BROWSE_PROJECTS: { id: '10', name: 'Browse Projects', type: 'PROJECT', description: 'Ability to browse projects and the issues within them.' },
  CREATE_ISSUES: { id: '11', name: 'Create Issues', type: 'PROJECT', description: 'Ability to create issues.' },
  EDIT_ISSUES: { id: '12', name: 'Edit Issues', type: 'PROJECT', description: 'Ability to edit issues.' },
  ADMINISTER_PROJECTS: { id: '23', name: 'Administer Projects', type: 'PROJECT', description: 'Ability to administer a project in Jira.' },
};

export const isPermissionKey = (k: string): k is PermissionKey => Object.prototype.hasOwnProperty.call(PERMISSION_INFO, k);

export const isJiraAdmin = (user: JiraUser): boolean => user.active && user.groups.includes(JIRA_ADMIN_GROUP);

export const userHolds = (user: JiraUser, permission: ProjectPermissionKey, project: JiraProject): boolean =>
  user.active &&
  project.grants.some(
    (g) =>
      g.permission === permission &&
      (g.anyone === true || (g.accountId !== undefined && g.accountId === user.accountId) || (g.group !== undefined && user.groups.includes(g.group))),
  );

/** The principal's project permission; apps hold every permission. */
export const principalHolds = (p: Principal, permission: ProjectPermissionKey, project: JiraProject): boolean =>
  p.kind === 'app' || userHolds(p.user, permission, project);

export const canBrowse = (p: Principal, project: JiraProject | undefined): project is JiraProject =>
  project !== undefined && principalHolds(p, 'BROWSE_PROJECTS', project);

export const principalIsAdmin = (p: Principal): boolean => p.kind === 'app' || isJiraAdmin(p.user);

/** Project properties may be written by project admins and by Jira admins (per the contract's permission text). */
export const canAdministerProject = (p: Principal, project: JiraProject): boolean => principalIsAdmin(p) || principalHolds(p, 'ADMINISTER_PROJECTS', project);

/**
 * The emulator's `can()`: a permission in one project, or (without projectId) in any project, as
 * /mypermissions reports it in the global context. Unknown or inactive users hold nothing.
 */
export const userCan = (state: JiraSeed, accountId: string, permission: PermissionKey, projectId?: string): boolean => {
  const user = state.users.find((u) => u.accountId === accountId);
  if (!user || !user.active) return false;
  if (permission === 'ADMINISTER') return isJiraAdmin(user);
  const projects = projectId === undefined ? state.projects : state.projects.filter((p) => p.id === projectId);
  return projects.some((project) => userHolds(user, permission, project));
};
