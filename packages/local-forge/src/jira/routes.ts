// The emulator's route table: every method + contract path template it serves, and the matcher.
// Literal paths come before templated ones that would also match them (project/search vs project/{id}).
import { badRequest, type Reply } from './http';
import type { RequestContext } from './handlers/context';
import { bulkFetch, getIssue } from './handlers/issues';
import { createIssue, deleteIssue, doTransition, editIssue, getTransitions } from './handlers/issue-writes';
import { notifyIssue } from './handlers/notify';
import { getProject, permittedProjects, searchProjects } from './handlers/projects';
import * as props from './handlers/properties';
import { approximateCount, searchGone, searchJqlGet, searchJqlPost } from './handlers/search';
import { bulkGroups, bulkUsers, getUser, myPermissions, myself, searchUsers, usersWhoMayBrowse } from './handlers/users';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

interface RouteDef {
  method: HttpMethod;
  template: string;
  handler: (ctx: RequestContext) => Reply;
}

const TABLE: RouteDef[] = [
  { method: 'GET', template: '/rest/api/3/myself', handler: myself },
  { method: 'GET', template: '/rest/api/3/mypermissions', handler: myPermissions },
  { method: 'GET', template: '/rest/api/3/user', handler: getUser },
  { method: 'GET', template: '/rest/api/3/user/bulk', handler: bulkUsers },
  { method: 'GET', template: '/rest/api/3/user/search', handler: searchUsers },
  { method: 'GET', template: '/rest/api/3/user/viewissue/search', handler: usersWhoMayBrowse },
  { method: 'GET', template: '/rest/api/3/group/bulk', handler: bulkGroups },
  { method: 'POST', template: '/rest/api/3/search/jql', handler: searchJqlPost },
  { method: 'GET', template: '/rest/api/3/search/jql', handler: searchJqlGet },
  { method: 'POST', template: '/rest/api/3/search/approximate-count', handler: approximateCount },
  { method: 'GET', template: '/rest/api/3/search', handler: searchGone },
  { method: 'POST', template: '/rest/api/3/search', handler: searchGone },
  { method: 'POST', template: '/rest/api/3/issue/bulkfetch', handler: bulkFetch },
  { method: 'POST', template: '/rest/api/3/issue', handler: createIssue },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}', handler: getIssue },
  { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}', handler: editIssue },
  { method: 'DELETE', template: '/rest/api/3/issue/{issueIdOrKey}', handler: deleteIssue },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: getTransitions },
  { method: 'POST', template: '/rest/api/3/issue/{issueIdOrKey}/transitions', handler: doTransition },
  { method: 'POST', template: '/rest/api/3/issue/{issueIdOrKey}/notify', handler: notifyIssue },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/properties', handler: props.listIssueProperties },
  { method: 'GET', template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handler: props.getIssueProperty },
  { method: 'PUT', template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handler: props.putIssueProperty },
  { method: 'DELETE', template: '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}', handler: props.deleteIssueProperty },
  { method: 'POST', template: '/rest/api/3/permissions/project', handler: permittedProjects },
  { method: 'GET', template: '/rest/api/3/project/search', handler: searchProjects },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}', handler: getProject },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/properties', handler: props.listProjectProperties },
  { method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}', handler: props.getProjectProperty },
  { method: 'PUT', template: '/rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}', handler: props.putProjectProperty },
  { method: 'DELETE', template: '/rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}', handler: props.deleteProjectProperty },
];

/** Every route the emulator serves, as method + the contract's path template. */
export const ROUTES: ReadonlyArray<{ method: HttpMethod; template: string }> = TABLE.map(({ method, template }) => ({ method, template }));

const segments = (path: string): string[] => path.split('/').filter((s) => s !== '');

const decode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return badRequest(`The path segment '${s}' is not correctly URL-encoded.`);
  }
};

export interface RouteMatch {
  handler: (ctx: RequestContext) => Reply;
  params: Record<string, string>;
}

export const matchRoute = (method: string, path: string): RouteMatch | undefined => {
  const actual = segments(path);
  for (const route of TABLE) {
    if (route.method !== method) continue;
    const wanted = segments(route.template);
    if (wanted.length !== actual.length) continue;
    const params: Record<string, string> = {};
    const fits = wanted.every((w, i) => {
      const a = actual[i] ?? '';
      if (w.startsWith('{') && w.endsWith('}')) {
        params[w.slice(1, -1)] = decode(a);
        return true;
      }
      return w === a;
    });
    if (fits) return { handler: route.handler, params };
  }
  return undefined;
};
