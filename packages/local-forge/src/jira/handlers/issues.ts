// GET /rest/api/3/issue/{issueIdOrKey} and POST /rest/api/3/issue/bulkfetch.
import { badRequest, listParam, ok, parseJsonBody, rejectUnknownFields, requireJsonContentType, type Reply } from '../http';
import { canBrowse, principalHolds } from '../permissions';
import { selectFields, selectProperties, withKeys } from '../serializers/fields';
import { issueBean } from '../serializers/issue';
import { findIssue, indexWorld } from '../world';
import { jsonObject, param, stringList, visibleIssue, type RequestContext } from './context';

export const MAX_PROPERTIES = 5;

/** Jira's edit metadata: the fields the caller may edit on the issue's screen; empty without EDIT_ISSUES. */
const EDITABLE_FIELDS = {
  summary: { required: true, schema: { type: 'string', system: 'summary' }, name: 'Summary', key: 'summary', operations: ['set'] },
  labels: {
    required: false,
    schema: { type: 'array', items: 'string', system: 'labels' },
    name: 'Labels',
    key: 'labels',
    operations: ['add', 'set', 'remove'],
  },
};

export const getIssue = (ctx: RequestContext): Reply => {
  const index = indexWorld(ctx.world.state);
  const issue = visibleIssue(ctx, param(ctx, 'issueIdOrKey'), index);
  const fieldsParam = listParam(ctx.query, 'fields');
  const expand = listParam(ctx.query, 'expand');
  const bean = issueBean(ctx.world, index, issue, {
    fields: withKeys(selectFields(fieldsParam, 'all')),
    properties: selectProperties(listParam(ctx.query, 'properties')),
    expand,
  });
  if (expand.includes('editmeta')) {
    const project = index.projectById.get(issue.projectId);
    const editable = project !== undefined && principalHolds(ctx.principal, 'EDIT_ISSUES', project);
    bean.editmeta = { fields: editable ? EDITABLE_FIELDS : {} };
  }
  return ok(bean);
};

const BULK_FIELDS = ['expand', 'fields', 'fieldsByKeys', 'issueIdsOrKeys', 'properties'] as const;

export const bulkFetch = (ctx: RequestContext): Reply => {
  requireJsonContentType(ctx.headers);
  const body = jsonObject(parseJsonBody(ctx.body));
  rejectUnknownFields(body, BULK_FIELDS, 'BulkFetchIssueRequestBean');
  const ids = stringList(body, 'issueIdsOrKeys') ?? [];
  if (ids.length === 0 || ids.length > 100) {
    return badRequest('issueIdsOrKeys must list between 1 and 100 issue ids or keys.');
  }
  const properties = stringList(body, 'properties');
  if (properties && properties.length > MAX_PROPERTIES) badRequest(`A maximum of ${MAX_PROPERTIES} issue property keys can be specified.`);
  const index = indexWorld(ctx.world.state);
  const found = new Map<string, NonNullable<ReturnType<typeof findIssue>>>();
  for (const idOrKey of ids) {
    const issue = findIssue(index, idOrKey);
    // Missing and unbrowsable issues are silently left out; issueErrors is for retriable failures only.
    if (issue && canBrowse(ctx.principal, index.projectById.get(issue.projectId))) found.set(issue.id, issue);
  }
  const view = {
    fields: withKeys(selectFields(stringList(body, 'fields'), 'all')),
    properties: selectProperties(properties),
    expand: stringList(body, 'expand') ?? [],
  };
  const issues = [...found.values()].sort((a, b) => Number(a.id) - Number(b.id));
  return ok({ issues: issues.map((i) => issueBean(ctx.world, index, i, view)), issueErrors: [] });
};
