// Users and the caller's permissions: /myself, /user, /user/bulk, /user/search, /user/viewissue/search, /mypermissions.
import { badRequest, fail, intParam, ISSUE_NOT_FOUND, listParam, ok, type Reply } from '../http';
import type { JiraProject, JiraUser } from '../model';
import { canBrowse, isPermissionKey, PERMISSION_INFO, principalHolds, principalIsAdmin, userHolds, type PermissionKey } from '../permissions';
import { APP_USER, appUserOf, userBean } from '../serializers/user';
import { findIssue, findProject, indexWorld } from '../world';
import { projectNotFound, type RequestContext } from './context';

const callerUser = (ctx: RequestContext): JiraUser => (ctx.principal.kind === 'user' ? ctx.principal.user : appUserOf(ctx.world));

export const myself = (ctx: RequestContext): Reply => ok(userBean(ctx.world, callerUser(ctx), true, listParam(ctx.query, 'expand')));

const USER_NOT_FOUND = 'Specified user does not exist or you do not have required permissions';

export const getUser = (ctx: RequestContext): Reply => {
  const accountId = ctx.query.get('accountId') ?? '';
  // The contract documents no 400 here; a missing accountId finds nobody.
  const user = ctx.world.state.users.find((u) => u.accountId === accountId) ?? (accountId === APP_USER.accountId ? appUserOf(ctx.world) : undefined);
  if (!user) return fail(404, USER_NOT_FOUND);
  return ok(userBean(ctx.world, user, true, listParam(ctx.query, 'expand')));
};

const paged = <T>(ctx: RequestContext, path: string, all: T[], defaultMax: number) => {
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = intParam(ctx.query, 'maxResults', defaultMax);
  if (startAt < 0 || maxResults < 1) badRequest('startAt must be ≥ 0 and maxResults ≥ 1.');
  const page = all.slice(startAt, startAt + maxResults);
  const isLast = startAt + page.length >= all.length;
  const url = (start: number): string => {
    const q = new URLSearchParams(ctx.query);
    q.set('startAt', String(start));
    q.set('maxResults', String(maxResults));
    return `${ctx.world.baseUrl}${path}?${q.toString()}`;
  };
  return { self: url(startAt), ...(isLast ? {} : { nextPage: url(startAt + maxResults) }), maxResults, startAt, total: all.length, isLast, page };
};

export const bulkUsers = (ctx: RequestContext): Reply => {
  const ids = ctx.query.getAll('accountId');
  if (ids.length === 0) return badRequest('The accountId query parameter is required (repeat it for several users).');
  const users = ids.flatMap((id) => ctx.world.state.users.filter((u) => u.accountId === id));
  const { page, ...rest } = paged(ctx, '/rest/api/3/user/bulk', users, 10);
  return ok({ ...rest, values: page.map((u) => userBean(ctx.world, u)) });
};

/** A stable id for a group known only by its name (the emulator's groups are the names its users and grants carry). */
const groupIdOf = (name: string): string => {
  let h = 0;
  for (const c of name) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return `group-${h.toString(16)}`;
};

/** The groups asked for by name (repeat `groupName`) or id that exist; unknown ones are simply absent. */
export const bulkGroups = (ctx: RequestContext): Reply => {
  const names = ctx.query.getAll('groupName');
  const ids = ctx.query.getAll('groupId');
  const known = new Set([
    ...ctx.world.state.users.flatMap((u) => u.groups),
    ...ctx.world.state.projects.flatMap((p) => p.grants.flatMap((g) => (g.group ? [g.group] : []))),
  ]);
  const all = [...known].sort().filter((n) => (names.length === 0 && ids.length === 0) || names.includes(n) || ids.includes(groupIdOf(n)));
  const { page, ...rest } = paged(ctx, '/rest/api/3/group/bulk', all, 50);
  return ok({ ...rest, values: page.map((name) => ({ name, groupId: groupIdOf(name) })) });
};

/** Prefix match on any word of the display name, or on the email address, case-insensitively. */
const matchesQuery = (user: JiraUser, query: string): boolean => {
  const q = query.toLowerCase();
  return (
    user.displayName
      .toLowerCase()
      .split(/\s+/)
      .some((w) => w.startsWith(q)) ||
    user.displayName.toLowerCase().startsWith(q) ||
    (user.emailAddress ?? '').toLowerCase().startsWith(q)
  );
};

export const searchUsers = (ctx: RequestContext): Reply => {
  const query = ctx.query.get('query');
  const accountId = ctx.query.get('accountId');
  if (query !== null && accountId !== null) return badRequest("Provide either 'query' or 'accountId', not both.");
  if (!query && !accountId) return badRequest("One of 'query' or 'accountId' parameters should be provided.");
  const users = ctx.world.state.users.filter((u) => u.active && (accountId ? u.accountId === accountId : matchesQuery(u, query ?? '')));
  const startAt = intParam(ctx.query, 'startAt', 0);
  const maxResults = intParam(ctx.query, 'maxResults', 50);
  return ok(users.slice(startAt, startAt + maxResults).map((u) => userBean(ctx.world, u)));
};

/** The project an issue/project query parameter points at; 404 when the caller cannot see it. */
const permissionContext = (ctx: RequestContext): JiraProject | undefined => {
  const q = ctx.query;
  const issueRef = q.get('issueId') ?? q.get('issueKey');
  if (issueRef) {
    const index = indexWorld(ctx.world.state);
    const issue = findIssue(index, issueRef);
    const project = issue ? index.projectById.get(issue.projectId) : undefined;
    return canBrowse(ctx.principal, project) ? project : fail(404, ISSUE_NOT_FOUND);
  }
  const projectRef = q.get('projectId') ?? q.get('projectKey');
  if (projectRef) {
    const project = findProject(ctx.world.state, projectRef);
    return canBrowse(ctx.principal, project) ? project : projectNotFound(projectRef);
  }
  return undefined;
};

/**
 * GET /user/viewissue/search: the active users matching `query` (or exactly `accountId`) who may browse an issue
 * (`issueKey`) or a project's issues (`projectKey`). The issue or project must be one the caller may see (404 as for a
 * missing one); an app sees every one.
 */
export const usersWhoMayBrowse = (ctx: RequestContext): Reply => {
  const q = ctx.query;
  const query = q.get('query');
  const accountId = q.get('accountId');
  if (query !== null && accountId !== null) return badRequest("Provide either 'query' or 'accountId', not both.");
  if (!query && !accountId) return badRequest("One of 'query' or 'accountId' parameters should be provided.");
  const issueKey = q.get('issueKey');
  const projectKey = q.get('projectKey');
  if (!issueKey && !projectKey) return badRequest("One of 'issueKey' or 'projectKey' parameters should be provided.");
  const project = permissionContext(ctx)!;
  const users = ctx.world.state.users.filter(
    (u) => u.active && (accountId ? u.accountId === accountId : matchesQuery(u, query ?? '')) && userHolds(u, 'BROWSE_PROJECTS', project),
  );
  const startAt = intParam(q, 'startAt', 0);
  const maxResults = intParam(q, 'maxResults', 50);
  return ok(users.slice(startAt, startAt + maxResults).map((u) => userBean(ctx.world, u)));
};

export const myPermissions = (ctx: RequestContext): Reply => {
  const keys = listParam(ctx.query, 'permissions');
  if (keys.length === 0) return badRequest('The permissions parameter is required: a comma-separated list of permission keys.');
  const unknown = keys.find((k) => !isPermissionKey(k));
  if (unknown !== undefined) return badRequest(`The permission key '${unknown}' is not valid.`);
  const project = permissionContext(ctx);
  const has = (key: PermissionKey): boolean => {
    if (key === 'ADMINISTER') return principalIsAdmin(ctx.principal);
    if (project) return principalHolds(ctx.principal, key, project);
    return ctx.world.state.projects.some((p) => principalHolds(ctx.principal, key, p));
  };
  const permissions: Record<string, unknown> = {};
  for (const key of keys as PermissionKey[]) {
    permissions[key] = { ...PERMISSION_INFO[key], key, havePermission: has(key) };
  }
  return ok({ permissions });
};
