// Issues as Jira Cloud renders them (`IssueBean`), with the field values in their documented shapes:
// status → StatusDetails, issuetype → IssueTypeDetails, project → ProjectDetails, users → UserDetails.
import type { JiraIssue, JiraStatus, StatusCategoryKey } from '../model';
import { jiraDate, type World, type WorldIndex } from '../world';
import { FIELD_NAMES, STORY_POINTS_FIELD, type FieldSelection } from './fields';
import { issueTypeBean, projectDetails } from './project';
import { userDetails } from './user';

export const STATUS_CATEGORIES: Record<StatusCategoryKey, { id: number; key: StatusCategoryKey; colorName: string; name: string }> = {
  new: { id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

export const issueSelf = (world: World, issue: JiraIssue): string => `${world.baseUrl}/rest/api/3/issue/${issue.id}`;

export const statusBean = (world: World, status: JiraStatus): Record<string, unknown> => {
  const cat = STATUS_CATEGORIES[status.category];
  return {
    self: `${world.baseUrl}/rest/api/3/status/${status.id}`,
    description: '',
    iconUrl: `${world.baseUrl}/`,
    name: status.name,
    id: status.id,
    statusCategory: { self: `${world.baseUrl}/rest/api/3/statuscategory/${cat.id}`, ...cat },
  };
};

const userField = (world: World, index: WorldIndex, accountId: string | undefined): unknown => {
  const user = accountId === undefined ? undefined : index.userById.get(accountId);
  return user ? userDetails(world, user) : null;
};

/** One field's value; `undefined` means the field is absent from `fields` (Jira omits `parent` when there is none). */
const fieldValue = (world: World, index: WorldIndex, issue: JiraIssue, field: string): unknown => {
  switch (field) {
    case 'summary':
      return issue.summary;
    case 'status': {
      const s = index.statusById.get(issue.statusId);
      return s ? statusBean(world, s) : null;
    }
    case 'issuetype': {
      const t = index.typeById.get(issue.issueTypeId);
      return t ? issueTypeBean(world, t) : null;
    }
    case 'project': {
      const p = index.projectById.get(issue.projectId);
      return p ? projectDetails(world, p) : null;
    }
    case 'parent': {
      const parent = issue.parentId === undefined ? undefined : index.issueById.get(issue.parentId);
      if (!parent) return undefined;
      return {
        id: parent.id,
        key: parent.key,
        self: issueSelf(world, parent),
        fields: {
          summary: parent.summary,
          status: fieldValue(world, index, parent, 'status'),
          issuetype: fieldValue(world, index, parent, 'issuetype'),
        },
      };
    }
    case 'labels':
      return [...issue.labels];
    case 'assignee':
      return userField(world, index, issue.assigneeAccountId);
    case 'reporter':
      return userField(world, index, issue.reporterAccountId);
    case 'created':
      return jiraDate(issue.created);
    case 'updated':
      return jiraDate(issue.updated);
    case 'statuscategorychangedate':
      return jiraDate(issue.statusCategoryChanged ?? issue.created);
    case STORY_POINTS_FIELD:
      return issue.storyPoints ?? null;
    default:
      return undefined;
  }
};

export interface IssueView {
  fields: FieldSelection;
  properties?: (props: Record<string, unknown>) => Record<string, unknown>;
  expand: string[];
}

export const issueBean = (world: World, index: WorldIndex, issue: JiraIssue, view: IssueView): Record<string, unknown> => {
  const props = view.properties ? { properties: view.properties(issue.properties) } : {};
  if (view.fields.mode === 'id') return { id: issue.id, ...props };
  const fields: Record<string, unknown> = {};
  for (const f of view.fields.fields) {
    const v = fieldValue(world, index, issue, f);
    if (v !== undefined) fields[f] = v;
  }
  const names = view.expand.includes('names') ? { names: Object.fromEntries(view.fields.fields.map((f) => [f, FIELD_NAMES[f] ?? f])) } : {};
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: issue.id,
    self: issueSelf(world, issue),
    key: issue.key,
    fields,
    ...props,
    ...names,
  };
};
