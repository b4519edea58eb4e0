// Jira's project-level pages, read as the persona: the project page (jira:projectPage), project settings
// (jira:projectSettingsPage), the project's issue list and the projects directory.
import { issueUrl, projectUrl } from '../browser/urls';
import { statusLozenge, typeBadge, type IssueBean } from './issue-details';
import { framesOf, jiraAs, jiraNav, projectSidebar, projectTypeLabel, type JiraProjectBean } from './jira-common';
import { esc, jiraDenied, link, notice, page, type PageReply, type View } from './layout';

export const projectExtension = (p: JiraProjectBean): Record<string, unknown> => ({ project: { id: p.id, key: p.key, type: p.projectTypeKey } });

const loadProject = async (v: View, key: string): Promise<JiraProjectBean | number> => {
  const r = await jiraAs<JiraProjectBean>(v, `/rest/api/3/project/${encodeURIComponent(key)}`);
  return r.status === 200 && r.body ? r.body : r.status;
};

const failed = (v: View, status: number, what: string): string | PageReply =>
  status === 404 || status === 403 || status === 401
    ? jiraDenied(v, what, jiraNav(v, 'projects'))
    : page({ title: 'Error', product: 'jira', view: v, nav: jiraNav(v, 'projects'), body: notice('error', `Jira answered ${status}. Reload to try again.`) });

export const projectPage = async (v: View, key: string): Promise<string | PageReply> => {
  const p = await loadProject(v, key);
  if (typeof p === 'number') return failed(v, p, 'project');
  return page({
    title: p.name,
    product: 'jira',
    view: v,
    nav: jiraNav(v, 'projects'),
    sidebar: projectSidebar(v, p, 'app'),
    data: { projectKey: p.key },
    body: framesOf(v, 'jira:projectPage', 'project pages', projectExtension(p), { minHeight: 600 }),
  });
};

export const projectSettingsPage = async (v: View, key: string): Promise<string | PageReply> => {
  const p = await loadProject(v, key);
  if (typeof p === 'number') return failed(v, p, 'project');
  const jira = v.state.forge.jira;
  const admin = jira.can(v.persona.accountId, 'ADMINISTER_PROJECTS', p.id) || jira.can(v.persona.accountId, 'ADMINISTER');
  const banner = admin
    ? ''
    : notice(
        'warning',
        `In Jira, ${esc(v.persona.displayName)} could not open ${esc(p.name)}'s settings (not a project admin). The local host shows the page anyway so you can check that the app refuses what it must.`,
      );
  return page({
    title: `${p.name} settings`,
    product: 'jira',
    view: v,
    nav: jiraNav(v, 'projects'),
    sidebar: projectSidebar(v, p, 'settings'),
    data: { projectKey: p.key },
    body: `${banner}<h1 class="host-page-title">Project settings</h1>${framesOf(v, 'jira:projectSettingsPage', 'project settings', projectExtension(p), { minHeight: 600 })}`,
  });
};

interface SearchResult {
  issues?: IssueBean[];
  isLast?: boolean;
}

export const projectIssuesPage = async (v: View, key: string): Promise<string | PageReply> => {
  const p = await loadProject(v, key);
  if (typeof p === 'number') return failed(v, p, 'project');
  const r = await jiraAs<SearchResult>(v, '/rest/api/3/search/jql', {
    method: 'POST',
    body: { jql: `project = "${p.key}" ORDER BY key ASC`, fields: ['summary', 'issuetype', 'status', 'parent'], maxResults: 100 },
  });
  const rows = (r.body?.issues ?? [])
    .map(
      (i) =>
        `<tr><td>${typeBadge(i.fields.issuetype)}</td><td><a href="${esc(link(issueUrl(i.key), v))}">${esc(i.key)}</a></td><td>${esc(i.fields.summary)}</td><td>${statusLozenge(i.fields.status)}</td><td>${esc(i.fields.parent?.key ?? '')}</td></tr>`,
    )
    .join('');
  const body =
    r.status !== 200
      ? notice('error', `Jira answered ${r.status} to the search.`)
      : `<table class="host-table"><thead><tr><th>Type</th><th>Key</th><th>Summary</th><th>Status</th><th>Parent</th></tr></thead><tbody>${rows}</tbody></table>${r.body?.isLast === false ? '<p class="host-subtle">First 100 issues shown.</p>' : ''}`;
  return page({
    title: `${p.name} issues`,
    product: 'jira',
    view: v,
    nav: jiraNav(v, 'projects'),
    sidebar: projectSidebar(v, p, 'issues'),
    body: `<h1 class="host-page-title">Issues</h1>${body}`,
  });
};

export const projectsDirectory = async (v: View): Promise<string> => {
  const r = await jiraAs<{ values?: JiraProjectBean[] }>(v, '/rest/api/3/project/search?maxResults=100');
  const rows = (r.body?.values ?? [])
    .map(
      (p) =>
        `<tr><td><a href="${esc(link(projectUrl(p.key), v))}">${esc(p.name)}</a></td><td>${esc(p.key)}</td><td>${esc(projectTypeLabel(p.projectTypeKey))}</td><td>${esc(p.lead?.displayName ?? '')}</td></tr>`,
    )
    .join('');
  return page({
    title: 'Projects',
    product: 'jira',
    view: v,
    nav: jiraNav(v, 'projects'),
    body: `<h1 class="host-page-title">Projects</h1><table class="host-table"><thead><tr><th>Name</th><th>Key</th><th>Type</th><th>Lead</th></tr></thead><tbody>${rows}</tbody></table>`,
  });
};
