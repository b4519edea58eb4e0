// Entity properties of issues and projects: list keys, get, put (201 created / 200 updated), delete.
// Issues: browse to read, EDIT_ISSUES to write. Projects: browse to read, project or Jira admin to write.
import { badRequest, fail, noContent, ok, requireJsonContentType, type Reply } from '../http';
import { canAdministerProject, principalHolds } from '../permissions';
import { indexWorld, nowIso } from '../world';
import { param, visibleIssue, visibleProject, type RequestContext } from './context';

const MAX_VALUE_LENGTH = 32_768;
const MAX_KEY_LENGTH = 255;

const propertyKey = (ctx: RequestContext): string => {
  const key = param(ctx, 'propertyKey');
  if (key.length > MAX_KEY_LENGTH) badRequest(`The property key cannot be longer than ${MAX_KEY_LENGTH} characters.`);
  return key;
};

/**
 * Jira reads JSON with Jackson, whose default nesting limit is 1,000 levels: a deeper value is refused. (Kept, it
 * would break every later reader that walks values recursively, the emulator's own serialisation among them.)
 */
export const MAX_VALUE_NESTING = 1000;

/** How deep a JSON text nests arrays and objects, counted on the text (no recursion, whatever the depth). */
export const nestingOf = (text: string): number => {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) max = Math.max(max, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
};

const propertyValue = (ctx: RequestContext): unknown => {
  requireJsonContentType(ctx.headers);
  const text = ctx.body ?? '';
  if (text.trim() === '') return badRequest('The property value must be a non-empty JSON value.');
  if (text.length > MAX_VALUE_LENGTH) return badRequest(`The property value cannot be longer than ${MAX_VALUE_LENGTH} characters.`);
  if (nestingOf(text) > MAX_VALUE_NESTING) return badRequest(`The property value is nested deeper than ${MAX_VALUE_NESTING} levels.`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return badRequest('The property value is not valid JSON.');
  }
};

const missing = (key: string): never => fail(404, `The property with key '${key}' does not exist.`);

const keysOf = (props: Record<string, unknown>, selfBase: string) => ({
  keys: Object.keys(props).map((key) => ({ self: `${selfBase}/properties/${encodeURIComponent(key)}`, key })),
});

// ---- issues

const editableIssue = (ctx: RequestContext) => {
  const index = indexWorld(ctx.world.state);
  const issue = visibleIssue(ctx, param(ctx, 'issueIdOrKey'), index);
  const project = index.projectById.get(issue.projectId);
  return { issue, editable: project !== undefined && principalHolds(ctx.principal, 'EDIT_ISSUES', project) };
};

export const listIssueProperties = (ctx: RequestContext): Reply => {
  const issue = visibleIssue(ctx, param(ctx, 'issueIdOrKey'));
  return ok(keysOf(issue.properties, `${ctx.world.baseUrl}/rest/api/3/issue/${issue.id}`));
};

export const getIssueProperty = (ctx: RequestContext): Reply => {
  const issue = visibleIssue(ctx, param(ctx, 'issueIdOrKey'));
  const key = propertyKey(ctx);
  if (!(key in issue.properties)) return missing(key);
  return ok({ key, value: issue.properties[key] });
};

export const putIssueProperty = (ctx: RequestContext): Reply => {
  const { issue, editable } = editableIssue(ctx);
  if (!editable) return fail(403, `You do not have permission to edit issue '${issue.key}'.`);
  const key = propertyKey(ctx);
  const value = propertyValue(ctx);
  const created = !(key in issue.properties);
  issue.properties[key] = value;
  issue.updated = nowIso(ctx.world);
  return { status: created ? 201 : 200 };
};

export const deleteIssueProperty = (ctx: RequestContext): Reply => {
  const { issue, editable } = editableIssue(ctx);
  const key = propertyKey(ctx);
  // The contract documents only 204/401/404 here: without edit permission Jira answers 404.
  if (!editable) return fail(404, `You do not have permission to edit issue '${issue.key}'.`);
  if (!(key in issue.properties)) return missing(key);
  delete issue.properties[key];
  issue.updated = nowIso(ctx.world);
  return noContent();
};

// ---- projects

const administrableProject = (ctx: RequestContext) => {
  const project = visibleProject(ctx, param(ctx, 'projectIdOrKey'));
  if (!canAdministerProject(ctx.principal, project)) {
    return fail(403, `You do not have permission to administer project '${project.key}'.`);
  }
  return project;
};

export const listProjectProperties = (ctx: RequestContext): Reply => {
  const project = visibleProject(ctx, param(ctx, 'projectIdOrKey'));
  return ok(keysOf(project.properties, `${ctx.world.baseUrl}/rest/api/3/project/${project.id}`));
};

export const getProjectProperty = (ctx: RequestContext): Reply => {
  const project = visibleProject(ctx, param(ctx, 'projectIdOrKey'));
  const key = propertyKey(ctx);
  if (!(key in project.properties)) return missing(key);
  return ok({ key, value: project.properties[key] });
};

export const putProjectProperty = (ctx: RequestContext): Reply => {
  const project = administrableProject(ctx);
  const key = propertyKey(ctx);
  const value = propertyValue(ctx);
  const created = !(key in project.properties);
  project.properties[key] = value;
  return { status: created ? 201 : 200 };
};

export const deleteProjectProperty = (ctx: RequestContext): Reply => {
  const project = administrableProject(ctx);
  const key = propertyKey(ctx);
  if (!(key in project.properties)) return missing(key);
  delete project.properties[key];
  return noContent();
};
