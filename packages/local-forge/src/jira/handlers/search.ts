// Search: POST/GET /rest/api/3/search/jql (token paging), approximate-count, and the removed /search (410).
import { badRequest, errorBody, listParam, ok, parseJsonBody, rejectUnknownFields, requireJsonContentType, type Reply } from '../http';
import { searchIssues } from '../jql';
import { FIELD_NAMES, isIdOrKeyOnly, selectFields, selectProperties } from '../serializers/fields';
import { issueBean } from '../serializers/issue';
import { indexWorld } from '../world';
import { jsonObject, optionalInt, optionalString, stringList, type RequestContext } from './context';
import { MAX_PROPERTIES } from './issues';

const ID_ONLY_CAP = 5000;
const WITH_FIELDS_CAP = 100;

interface SearchRequest {
  jql: string;
  fields?: string[];
  properties?: string[];
  expand: string[];
  maxResults: number;
  nextPageToken?: string;
  reconcileIssues?: unknown[];
}

const hash = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
};

const encodeToken = (offset: number, jql: string): string => Buffer.from(JSON.stringify({ o: offset, q: hash(jql) })).toString('base64url');

const decodeToken = (token: string, jql: string): number => {
  try {
    const t = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown };
    if (typeof t.o === 'number' && Number.isInteger(t.o) && t.o >= 0 && t.q === hash(jql)) return t.o;
  } catch {
    // fall through to the 400 below
  }
  return badRequest(`The nextPageToken '${token}' is invalid or does not belong to this query.`);
};

const runSearch = (ctx: RequestContext, req: SearchRequest): Reply => {
  if (req.maxResults < 1) badRequest(`maxResults must be greater than 0 (got ${String(req.maxResults)}).`);
  if (req.properties && req.properties.length > MAX_PROPERTIES) badRequest(`A maximum of ${MAX_PROPERTIES} issue property keys can be specified.`);
  if (req.reconcileIssues) {
    if (req.reconcileIssues.length > 50) badRequest('reconcileIssues accepts at most 50 issue ids.');
    if (!req.reconcileIssues.every((id) => Number.isInteger(Number(id)))) badRequest('reconcileIssues must list numeric issue ids.');
  }
  // The emulator's index is never stale, so reconcileIssues needs no further work.
  const offset = req.nextPageToken ? decodeToken(req.nextPageToken, req.jql) : 0;
  const matches = searchIssues(ctx.world, ctx.principal, req.jql);
  const fields = selectFields(req.fields, 'id');
  const pageSize = Math.min(req.maxResults, isIdOrKeyOnly(fields) ? ID_ONLY_CAP : WITH_FIELDS_CAP);
  const page = matches.slice(offset, offset + pageSize);
  const isLast = offset + pageSize >= matches.length;
  const index = indexWorld(ctx.world.state);
  const view = { fields, properties: selectProperties(req.properties), expand: [] };
  const names =
    req.expand.includes('names') && fields.mode === 'fields' ? { names: Object.fromEntries(fields.fields.map((f) => [f, FIELD_NAMES[f] ?? f])) } : {};
  return ok({
    issues: page.map((i) => issueBean(ctx.world, index, i, view)),
    ...(isLast ? {} : { nextPageToken: encodeToken(offset + pageSize, req.jql) }),
    isLast,
    ...names,
  });
};

const SEARCH_FIELDS = ['expand', 'fields', 'fieldsByKeys', 'jql', 'maxResults', 'nextPageToken', 'properties', 'reconcileIssues'] as const;

export const searchJqlPost = (ctx: RequestContext): Reply => {
  requireJsonContentType(ctx.headers);
  const body = jsonObject(parseJsonBody(ctx.body));
  rejectUnknownFields(body, SEARCH_FIELDS, 'SearchAndReconcileRequestBean');
  const reconcile = body.reconcileIssues;
  if (reconcile !== undefined && !Array.isArray(reconcile)) badRequest("'reconcileIssues' must be an array of issue ids.");
  return runSearch(ctx, {
    jql: optionalString(body, 'jql') ?? '',
    fields: stringList(body, 'fields'),
    properties: stringList(body, 'properties'),
    expand: (optionalString(body, 'expand') ?? '').split(',').map((s) => s.trim()),
    maxResults: optionalInt(body, 'maxResults') ?? 50,
    nextPageToken: optionalString(body, 'nextPageToken'),
    reconcileIssues: reconcile as unknown[] | undefined,
  });
};

export const searchJqlGet = (ctx: RequestContext): Reply => {
  const max = ctx.query.get('maxResults');
  const maxResults = max === null || max === '' ? 50 : Number(max);
  if (!Number.isInteger(maxResults)) badRequest(`maxResults must be an integer (got '${String(max)}').`);
  const reconcile = listParam(ctx.query, 'reconcileIssues');
  return runSearch(ctx, {
    jql: ctx.query.get('jql') ?? '',
    fields: listParam(ctx.query, 'fields'),
    properties: listParam(ctx.query, 'properties'),
    expand: listParam(ctx.query, 'expand'),
    maxResults,
    nextPageToken: ctx.query.get('nextPageToken') ?? undefined,
    reconcileIssues: reconcile.length > 0 ? reconcile : undefined,
  });
};

export const approximateCount = (ctx: RequestContext): Reply => {
  requireJsonContentType(ctx.headers);
  const body = jsonObject(parseJsonBody(ctx.body));
  rejectUnknownFields(body, ['jql'], 'JQLCountRequestBean');
  return ok({ count: searchIssues(ctx.world, ctx.principal, optionalString(body, 'jql') ?? '').length });
};

/** The old search endpoints are gone (CHANGE-2046). */
export const searchGone = (): Reply => ({
  status: 410,
  body: errorBody([
    'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. ' +
      'A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
  ]),
});
