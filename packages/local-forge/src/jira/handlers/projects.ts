// GET /rest/api/3/project/{projectIdOrKey}, GET /rest/api/3/project/search (offset paging) and
// POST /rest/api/3/permissions/project (every project where the caller holds some permissions, ids and keys, unpaged).
import { badRequest, intParam, listParam, ok, parseJsonBody, rejectUnknownFields, requireJsonContentType, type Reply } from '../http';
import type { JiraProject } from '../model';
import { canAdministerProject, canBrowse, isPermissionKey, principalHolds, principalIsAdmin, type PermissionKey } from '../permissions';
import { projectBean } from '../serializers/project';
import { jsonObject, param, stringList, visibleProject, type RequestContext } from './context';

export const getProject = (ctx: RequestContext): Reply => {
  const project = visibleProject(ctx, param(ctx, 'projectIdOrKey'));
  return ok(projectBean(ctx.world, project, { full: true, expand: listParam(ctx.query, 'expand'), properties: listParam(ctx.query, 'properties') }));
};

/** `action`: view/browse need Browse Projects; edit needs project or Jira admin; create needs Create Issues. */
const allowedBy =
  (ctx: RequestContext, action: string) =>
  (p: JiraProject): boolean => {
    if (!canBrowse(ctx.principal, p)) return false;
    switch (action) {
      case 'view':
      case 'browse':
        return true;
      case 'edit':
        return canAdministerProject(ctx.principal, p);
      case 'create':
        return principalHolds(ctx.principal, 'CREATE_ISSUES', p);
      default:
        return badRequest(`The value '${action}' is not valid for 'action'; use view, browse, edit or create.`);
    }
  };

const ORDERINGS: Record<string, (a: JiraProject, b: JiraProject) => number> = {
  key: (a, b) => a.key.localeCompare(b.key),
  name: (a, b) => a.name.localeCompare(b.name),
  owner: (a, b) => a.leadAccountId.localeCompare(b.leadAccountId),
};

const ordering = (raw: string): ((a: JiraProject, b: JiraProject) => number) => {
  const desc = raw.startsWith('-');
  const base = ORDERINGS[raw.replace(/^[-+]/, '')];
  if (!base) return badRequest(`The Jira emulator cannot order projects by '${raw}'; use key, name or owner.`);
  return desc ? (a, b) => base(b, a) : base;
};

export const searchProjects = (ctx: RequestContext): Reply => {
  const q = ctx.query;
  const startAt = intParam(q, 'startAt', 0);
  if (startAt < 0) badRequest('startAt must not be negative.');
  // Jira: values above 100 fall back to 100.
  const maxResults = Math.min(100, intParam(q, 'maxResults', 50));
  if (maxResults < 1) badRequest('maxResults must be greater than 0.');
  const keys = q.getAll('keys');
  const ids = q.getAll('id');
  const text = (q.get('query') ?? '').toLowerCase();
  const types = listParam(q, 'typeKey');
  const allowed = allowedBy(ctx, q.get('action') ?? 'view');
  const matches = ctx.world.state.projects
    .filter(allowed)
    .filter((p) => keys.length === 0 || keys.includes(p.key))
    .filter((p) => ids.length === 0 || ids.includes(p.id))
    .filter((p) => text === '' || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
    .filter((p) => types.length === 0 || types.includes(p.projectTypeKey))
    .sort(ordering(q.get('orderBy') ?? 'key'));
  const page = matches.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= matches.length;
  const view = { full: false, expand: listParam(q, 'expand'), properties: listParam(q, 'properties') };
  const selfUrl = (start: number): string => {
    const next = new URLSearchParams(q);
    next.set('startAt', String(start));
    next.set('maxResults', String(maxResults));
    return `${ctx.world.baseUrl}/rest/api/3/project/search?${next.toString()}`;
  };
  return ok({
    self: selfUrl(startAt),
    ...(isLast ? {} : { nextPage: selfUrl(startAt + maxResults) }),
    maxResults,
    startAt,
    total: matches.length,
    isLast,
    values: page.map((p) => projectBean(ctx.world, p, view)),
  });
};

/**
 * `getPermittedProjects`: the projects where the caller holds every permission asked for, as `{id, key}` with a
 * numeric id (the contract's int64), in key order. Jira answers it unpaged; a global permission (ADMINISTER) is
 * held everywhere or nowhere. An unknown key is 400, as Jira answers "a project permission is not found".
 */
export const permittedProjects = (ctx: RequestContext): Reply => {
  requireJsonContentType(ctx.headers);
  const body = jsonObject(parseJsonBody(ctx.body));
  rejectUnknownFields(body, ['permissions'], 'PermissionsKeysBean');
  const keys = stringList(body, 'permissions');
  if (keys === undefined) return badRequest("The field 'permissions' is required: a list of permission keys.");
  const unknown = keys.find((k) => !isPermissionKey(k));
  if (unknown !== undefined) return badRequest(`The permission key '${unknown}' is not valid.`);
  const wanted = keys as PermissionKey[];
  const holdsAll = (p: JiraProject): boolean =>
    canBrowse(ctx.principal, p) && wanted.every((k) => (k === 'ADMINISTER' ? principalIsAdmin(ctx.principal) : principalHolds(ctx.principal, k, p)));
  const projects = ctx.world.state.projects
    .filter(holdsAll)
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((p) => ({ id: Number(p.id), key: p.key }));
  return ok({ projects });
};
