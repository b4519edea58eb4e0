// GET /jira/issue/<KEY>: a Jira issue view read as the persona. The issue's own content on the left, the
// jira:issuePanel modules on the right; Jira's permission page when the persona cannot browse the issue.
import { detailsSection, issueHeader, ISSUE_FIELDS, type IssueBean } from './issue-details';
import { issueControls } from './issue-controls';
import { framesOf, jiraAs, jiraNav } from './jira-common';
import { esc, jiraDenied, notice, page, type PageReply, type View } from './layout';

/** The extension context Jira gives an issue panel. */
export const issuePanelExtension = (issue: IssueBean): Record<string, unknown> => ({
  issue: { id: issue.id, key: issue.key, type: issue.fields.issuetype?.name, typeId: issue.fields.issuetype?.id },
  project: { id: issue.fields.project?.id, key: issue.fields.project?.key, type: issue.fields.project?.projectTypeKey },
  isNewToIssue: false,
});

export const issuePage = async (v: View, key: string): Promise<string | PageReply> => {
  const nav = jiraNav(v, 'projects');
  const r = await jiraAs<IssueBean>(v, `/rest/api/3/issue/${encodeURIComponent(key)}?fields=${ISSUE_FIELDS}`);
  if (r.status === 404 || r.status === 403 || r.status === 401) return jiraDenied(v, 'issue', nav);
  if (r.status !== 200 || !r.body) {
    return page({ title: key, product: 'jira', view: v, nav, body: notice('error', `Jira answered ${r.status} for issue ${esc(key)}. Reload to try again.`) });
  }
  const issue = r.body;
  const flash = v.url.searchParams.get('flash');
  const shown = flash ? notice(v.url.searchParams.get('tone') === 'error' ? 'error' : 'info', esc(flash)) : '';
  const panels = framesOf(v, 'jira:issuePanel', 'the issue view', issuePanelExtension(issue), { minHeight: 160, titled: true });
  return page({
    title: `[${issue.key}] ${issue.fields.summary ?? ''}`,
    product: 'jira',
    view: v,
    nav,
    data: { issueKey: issue.key },
    body: `<div class="host-issue">
<div class="host-issue-main">${shown}${issueHeader(v, issue)}
<section class="host-card host-description" aria-label="Description"><h2 class="host-h3">Description</h2><p class="host-subtle">No description in the local Jira.</p></section>
${detailsSection(v, issue)}
${await issueControls(v, issue)}</div>
<aside class="host-issue-apps" aria-label="Apps">${panels}</aside>
</div>`,
  });
};
