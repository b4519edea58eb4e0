// The issue view's controls that change the issue in Jira: status (a workflow transition), parent epic and
// project. Each is a plain form posted to /__forge/issue-action, which acts as the persona through the Jira
// emulator; what Jira offers (transitions, epics, projects) is read as the persona too, so its rules show.
import type { IssueBean } from './issue-details';
import { jiraAs } from './jira-common';
import { esc, type View } from './layout';

interface Transitions {
  transitions: { id: string; name: string; to?: { statusCategory?: { name?: string } } }[];
}
interface SearchPage {
  issues: { id: string; key: string; fields: { summary?: string } }[];
}
interface ProjectPage {
  values: { id: string; key: string; name: string }[];
}

const form = (v: View, issue: IssueBean, action: string, label: string, control: string, note = ''): string =>
  `<form class="host-control" method="post" action="/__forge/issue-action" data-testid="control-${action}">
<input type="hidden" name="as" value="${esc(v.persona.id)}"><input type="hidden" name="theme" value="${esc(v.theme)}">
<input type="hidden" name="key" value="${esc(issue.key)}"><input type="hidden" name="action" value="${esc(action)}">
<label><span>${esc(label)}</span>${control}</label><button class="host-button" type="submit">Apply</button>${note ? `<span class="host-subtle">${esc(note)}</span>` : ''}
</form>`;

const select = (name: string, options: Array<[string, string]>, selected = ''): string =>
  `<select name="value" aria-label="${esc(name)}">${options.map(([value, text]) => `<option value="${esc(value)}"${value === selected ? ' selected' : ''}>${esc(text)}</option>`).join('')}</select>`;

const statusControl = async (v: View, issue: IssueBean): Promise<string> => {
  const r = await jiraAs<Transitions>(v, `/rest/api/3/issue/${encodeURIComponent(issue.key)}/transitions`);
  const list = r.body?.transitions ?? [];
  // Jira offers no transition to someone who may not change the issue; keep the form so its refusal can show.
  const options: Array<[string, string]> =
    list.length > 0
      ? list.map((t) => [t.id, t.to?.statusCategory?.name && t.to.statusCategory.name !== t.name ? `${t.name} (${t.to.statusCategory.name})` : t.name])
      : [
          ['11', 'To Do'],
          ['41', 'Done'],
        ];
  return form(v, issue, 'status', 'Move to', select('New status', options), list.length > 0 ? '' : 'Jira offers you no transition here.');
};

const parentControl = async (v: View, issue: IssueBean): Promise<string> => {
  const level = issue.fields.issuetype?.hierarchyLevel ?? 0;
  if (level !== 0)
    return `<p class="host-subtle" data-testid="control-parent">${level === 1 ? 'Epics have no parent here.' : 'A subtask stays under its story.'}</p>`;
  const project = issue.fields.project?.key ?? '';
  const r = await jiraAs<SearchPage>(v, '/rest/api/3/search/jql', {
    method: 'POST',
    body: { jql: `project = "${project}" AND issuetype = Epic ORDER BY key ASC`, fields: ['summary'], maxResults: 100 },
  });
  const epics = (r.body?.issues ?? []).map((e): [string, string] => [e.id, `${e.key} ${e.fields.summary ?? ''}`.slice(0, 80)]);
  return form(v, issue, 'parent', 'Epic', select('New parent epic', [['', 'No epic'], ...epics], issue.fields.parent?.id ?? ''));
};

const projectControl = async (v: View, issue: IssueBean): Promise<string> => {
  if (issue.fields.issuetype?.subtask) return '';
  const r = await jiraAs<ProjectPage>(v, '/rest/api/3/project/search?maxResults=50');
  const projects = (r.body?.values ?? []).map((p): [string, string] => [p.key, `${p.name} (${p.key})`]);
  return form(
    v,
    issue,
    'project',
    'Project',
    select('Move to project', projects, issue.fields.project?.key ?? ''),
    'Moves the issue and its subtasks; the key changes.',
  );
};

export const issueControls = async (v: View, issue: IssueBean): Promise<string> =>
  `<section class="host-card host-controls" aria-label="Change the issue"><h2 class="host-h3">Change in Jira</h2>
${await statusControl(v, issue)}${await parentControl(v, issue)}${await projectControl(v, issue)}</section>`;
