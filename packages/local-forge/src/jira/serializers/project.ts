// Projects as Jira Cloud renders them: `ProjectDetails` inside issue fields, `Project` for /project and searches.
import type { JiraIssueType, JiraProject } from '../model';
import { jiraDate, type World } from '../world';
import { userBean } from './user';

export const projectSelf = (world: World, project: JiraProject): string => `${world.baseUrl}/rest/api/3/project/${project.id}`;

export const projectAvatarUrls = (world: World): Record<string, string> => {
  const base = `${world.baseUrl}/rest/api/3/universal_avatar/view/type/project/avatar/10400`;
  return { '48x48': base, '24x24': `${base}?size=small`, '16x16': `${base}?size=xsmall`, '32x32': `${base}?size=medium` };
};

/** `ProjectDetails` (issue field `project`). */
export const projectDetails = (world: World, project: JiraProject): Record<string, unknown> => ({
  self: projectSelf(world, project),
  id: project.id,
  key: project.key,
  name: project.name,
  projectTypeKey: project.projectTypeKey,
  simplified: false,
  avatarUrls: projectAvatarUrls(world),
});

export const issueTypeBean = (world: World, type: JiraIssueType): Record<string, unknown> => ({
  self: `${world.baseUrl}/rest/api/3/issuetype/${type.id}`,
  id: type.id,
  description: '',
  iconUrl: `${world.baseUrl}/rest/api/2/universal_avatar/view/type/issuetype/avatar/${10300 + type.hierarchyLevel + 1}?size=medium`,
  name: type.name,
  subtask: type.subtask,
  avatarId: 10300 + type.hierarchyLevel + 1,
  hierarchyLevel: type.hierarchyLevel,
});

const pickProperties = (project: JiraProject, wanted: string[]): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const key of wanted) if (key in project.properties) out[key] = project.properties[key];
  return out;
};

export interface ProjectView {
  /** Full GET /project/{id}: description, lead and issue types are always included there. */
  full: boolean;
  expand: string[];
  properties: string[];
}

/** `Project`: a summary in project/search (expand adds parts), complete for GET /project/{id}. */
export const projectBean = (world: World, project: JiraProject, view: ProjectView): Record<string, unknown> => {
  const wants = (part: string): boolean => view.full || view.expand.includes(part);
  const lead = world.state.users.find((u) => u.accountId === project.leadAccountId);
  const bean: Record<string, unknown> = {
    expand: 'description,lead,issueTypes,url,projectKeys,permissions,insight',
    self: projectSelf(world, project),
    id: project.id,
    key: project.key,
    name: project.name,
    avatarUrls: projectAvatarUrls(world),
    projectTypeKey: project.projectTypeKey,
    simplified: false,
    style: 'classic',
    isPrivate: !project.grants.some((g) => g.permission === 'BROWSE_PROJECTS' && g.anyone === true),
    properties: pickProperties(project, view.properties),
  };
  if (wants('description')) bean.description = project.description ?? '';
  if (wants('lead') && lead) bean.lead = userBean(world, lead);
  if (wants('issueTypes')) bean.issueTypes = world.state.issueTypes.map((t) => issueTypeBean(world, t));
  if (view.full) {
    Object.assign(bean, { components: [], versions: [], assigneeType: 'UNASSIGNED', roles: {} });
  }
  if (view.expand.includes('insight')) {
    const issues = world.state.issues.filter((i) => i.projectId === project.id);
    const last = issues
      .map((i) => i.updated)
      .sort()
      .at(-1);
    bean.insight = { totalIssueCount: issues.length, ...(last ? { lastIssueUpdateTime: jiraDate(last) } : {}) };
  }
  return bean;
};
