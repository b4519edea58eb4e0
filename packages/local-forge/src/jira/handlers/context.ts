// What every route handler receives, and the checks most of them share.
import { fail, ISSUE_NOT_FOUND, badRequest, isRecord } from '../http';
import type { JiraIssue, JiraProject } from '../model';
import { canBrowse } from '../permissions';
import { findIssue, findProject, indexWorld, type Principal, type World, type WorldIndex } from '../world';

export interface RequestContext {
  world: World;
  principal: Principal;
  method: string;
  /** Decoded path parameters, named as in the contract's template. */
  params: Record<string, string>;
  query: URLSearchParams;
  body: string | null;
  headers: unknown;
}

export const param = (ctx: RequestContext, name: string): string => ctx.params[name] ?? '';

/** An issue the principal may browse; otherwise 404 exactly as for a missing issue. */
export const visibleIssue = (ctx: RequestContext, idOrKey: string, index: WorldIndex = indexWorld(ctx.world.state)): JiraIssue => {
  const issue = findIssue(index, idOrKey);
  const project = issue ? index.projectById.get(issue.projectId) : undefined;
  if (!issue || !canBrowse(ctx.principal, project)) return fail(404, ISSUE_NOT_FOUND);
  return issue;
};

export const projectNotFound = (idOrKey: string): never =>
  fail(404, /^\d+$/.test(idOrKey) ? `No project could be found with id '${idOrKey}'.` : `No project could be found with key '${idOrKey}'.`);

/** A project the principal may browse; otherwise 404 as for a missing project. */
export const visibleProject = (ctx: RequestContext, idOrKey: string): JiraProject => {
  const project = findProject(ctx.world.state, idOrKey);
  if (!canBrowse(ctx.principal, project)) return projectNotFound(idOrKey);
  return project;
};

/** An optional array of strings in a JSON body; 400 when it is something else. */
export const stringList = (body: Record<string, unknown>, name: string): string[] | undefined => {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || !v.every((s) => typeof s === 'string')) return badRequest(`'${name}' must be an array of strings.`);
  return v as string[];
};

export const optionalString = (body: Record<string, unknown>, name: string): string | undefined => {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : badRequest(`'${name}' must be a string.`);
};

export const optionalInt = (body: Record<string, unknown>, name: string): number | undefined => {
  const v = body[name];
  if (v === undefined || v === null) return undefined;
  return typeof v === 'number' && Number.isInteger(v) ? v : badRequest(`'${name}' must be an integer.`);
};

export const jsonObject = (v: unknown): Record<string, unknown> => (isRecord(v) ? v : badRequest('The request body must be a JSON object.'));
