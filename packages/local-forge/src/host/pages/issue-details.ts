// The issue view's own content (left column): breadcrumbs, summary and the details list. The controls that
// change status, parent and project are in ./issue-controls.
import { projectUrl } from '../browser/urls';
import { issueLink } from './jira-common';
import { esc, link, type View } from './layout';

export interface IssueBean {
  id: string;
  key: string;
  fields: {
    summary?: string;
    issuetype?: { id: string; name: string; hierarchyLevel?: number; subtask?: boolean };
    status?: { id: string; name: string; statusCategory?: { key: string; name: string } };
    parent?: { id: string; key: string; fields?: { summary?: string; issuetype?: { name: string } } };
    project?: { id: string; key: string; name: string; projectTypeKey?: string };
    assignee?: { displayName?: string } | null;
    reporter?: { displayName?: string } | null;
    labels?: string[];
    created?: string;
    updated?: string;
  };
}

export const ISSUE_FIELDS = 'summary,issuetype,status,parent,project,assignee,reporter,labels,created,updated';

const TYPE_ICONS: Record<string, string> = { Epic: '⚡', Story: '▣', Bug: '●', Task: '✓', Subtask: '↳', 'Sub-task': '↳' };

export const statusLozenge = (status: IssueBean['fields']['status']): string => {
  const cat = status?.statusCategory?.key ?? 'new';
  return `<span class="host-lozenge host-lozenge-${esc(cat)}" data-testid="issue-status">${esc(status?.name ?? 'Unknown')}</span>`;
};

export const typeBadge = (t: IssueBean['fields']['issuetype']): string =>
  `<span class="host-type" data-testid="issue-type"><span aria-hidden="true">${esc(TYPE_ICONS[t?.name ?? ''] ?? '◆')}</span> ${esc(t?.name ?? 'Issue')}</span>`;

export const breadcrumbs = (v: View, issue: IssueBean): string => {
  const f = issue.fields;
  const parts = [`<a href="${esc(link('/jira/projects', v))}">Projects</a>`];
  if (f.project) parts.push(`<a href="${esc(link(projectUrl(f.project.key), v))}">${esc(f.project.name)}</a>`);
  if (f.parent) parts.push(issueLink(v, f.parent.key));
  parts.push(issueLink(v, issue.key));
  return `<nav class="host-breadcrumbs" aria-label="Breadcrumbs">${parts.join('<span aria-hidden="true">/</span>')}</nav>`;
};

const day = (iso: string | undefined): string => (iso ? esc(iso.slice(0, 10)) : '—');

export const detailsSection = (v: View, issue: IssueBean): string => {
  const f = issue.fields;
  const parent = f.parent
    ? `${issueLink(v, f.parent.key)} <span class="host-subtle">${esc(f.parent.fields?.summary ?? '')}</span>`
    : '<span class="host-subtle">None</span>';
  return `<section class="host-card" aria-label="Details"><h2 class="host-h3">Details</h2><dl class="host-dl">
<dt>Type</dt><dd>${typeBadge(f.issuetype)}</dd>
<dt>Status</dt><dd>${statusLozenge(f.status)}</dd>
<dt>Parent</dt><dd data-testid="issue-parent">${parent}</dd>
<dt>Assignee</dt><dd>${esc(f.assignee?.displayName ?? 'Unassigned')}</dd>
<dt>Reporter</dt><dd>${esc(f.reporter?.displayName ?? '—')}</dd>
<dt>Labels</dt><dd>${f.labels?.length ? f.labels.map((l) => `<span class="host-tag">${esc(l)}</span>`).join(' ') : '<span class="host-subtle">None</span>'}</dd>
<dt>Created</dt><dd>${day(f.created)}</dd><dt>Updated</dt><dd>${day(f.updated)}</dd>
</dl></section>`;
};

export const issueHeader = (v: View, issue: IssueBean): string =>
  `${breadcrumbs(v, issue)}<h1 class="host-issue-summary" data-testid="issue-summary">${esc(issue.fields.summary ?? issue.key)}</h1>`;
