// Issue writes: POST /issue (create), PUT /issue/{id} (edit summary, parent, story points, labels),
// DELETE /issue/{id}, GET/POST /issue/{id}/transitions. Each successful write raises Jira's issue event.
// Permissions: CREATE_ISSUES to create; EDIT_ISSUES to edit, transition and delete (the emulator has no separate
// TRANSITION_ISSUES or DELETE_ISSUES grants).
import { badRequest, fail, isRecord, noContent, ok, parseJsonBody, requireJsonContentType, type Reply } from '../http';
import { changelogOf, eventIssue, issueEvent } from '../events';
import type { JiraIssue, JiraIssueType, JiraProject } from '../model';
import { canBrowse, principalHolds } from '../permissions';
import { STORY_POINTS_FIELD } from '../serializers/fields';
import { issueSelf, statusBean } from '../serializers/issue';
import { findIssue, findProject, indexWorld, keyNumber, nowIso, type WorldIndex } from '../world';
import { jsonObject, param, projectNotFound, visibleIssue, type RequestContext } from './context';

const EDITABLE = new Set(['summary', 'parent', 'labels', STORY_POINTS_FIELD]);

const refOf = (v: unknown, what: string): string => {
  if (isRecord(v) && (typeof v.id === 'string' || typeof v.key === 'string')) return String(v.id ?? v.key);
  return badRequest(`'${what}' must be an object with an 'id' or a 'key'.`);
};

const canEdit = (ctx: RequestContext, index: WorldIndex, issue: JiraIssue): boolean => {
  const project = index.projectById.get(issue.projectId);
  return project !== undefined && principalHolds(ctx.principal, 'EDIT_ISSUES', project);
};

/** Jira's hierarchy: epics have no parent here, standard issues an epic, subtasks a standard issue of their project. */
const checkParent = (index: WorldIndex, type: JiraIssueType, projectId: string, parent: JiraIssue | undefined, self?: JiraIssue): void => {
  if (!parent) {
    if (type.subtask) badRequest('A subtask needs a parent issue.');
    return;
  }
  if (self && parent.id === self.id) badRequest('An issue cannot be its own parent.');
  const parentLevel = index.typeById.get(parent.issueTypeId)?.hierarchyLevel ?? 0;
  if (type.hierarchyLevel === 1) badRequest('An epic cannot have a parent in this Jira.');
  if (type.hierarchyLevel === 0 && parentLevel !== 1) badRequest(`The parent of a ${type.name} must be an epic; ${parent.key} is not one.`);
  if (type.hierarchyLevel === -1 && (parentLevel !== 0 || parent.projectId !== projectId)) {
    badRequest(`The parent of a subtask must be a standard issue of the same project; ${parent.key} is not.`);
  }
};

const parentFor = (ctx: RequestContext, index: WorldIndex, v: unknown): JiraIssue | undefined => {
  if (v === null) return undefined;
  const ref = refOf(v, 'parent');
  const parent = findIssue(index, ref);
  if (!parent || !canBrowse(ctx.principal, index.projectById.get(parent.projectId))) return badRequest(`The parent issue '${ref}' does not exist.`);
  return parent;
};

const pointsOf = (v: unknown): number | undefined => {
  if (v === null) return undefined;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : badRequest(`'${STORY_POINTS_FIELD}' must be a number of story points, or null.`);
};

const labelsOf = (v: unknown): string[] =>
  Array.isArray(v) && v.every((l) => typeof l === 'string' && l !== '' && !/\s/.test(l))
    ? [...new Set(v as string[])].sort()
    : badRequest("'labels' must be words without spaces.");

const fieldsOf = (ctx: RequestContext): Record<string, unknown> => {
  requireJsonContentType(ctx.headers);
  const body = jsonObject(parseJsonBody(ctx.body));
  if (body.update !== undefined) badRequest("The emulator supports 'fields' only, not 'update' operations.");
  return isRecord(body.fields) ? body.fields : badRequest("The request needs a 'fields' object.");
};

export const createIssue = (ctx: RequestContext): Reply => {
  const fields = fieldsOf(ctx);
  const index = indexWorld(ctx.world.state);
  const projectRef = refOf(fields.project, 'project');
  const project = findProject(ctx.world.state, projectRef);
  if (!canBrowse(ctx.principal, project)) return projectNotFound(projectRef);
  if (!principalHolds(ctx.principal, 'CREATE_ISSUES', project)) return fail(403, `You do not have permission to create issues in project '${project.key}'.`);
  const typeRef = refOf(
    isRecord(fields.issuetype) && typeof fields.issuetype.name === 'string' ? { id: fields.issuetype.name } : fields.issuetype,
    'issuetype',
  );
  const type = ctx.world.state.issueTypes.find((t) => t.id === typeRef || t.name.toLowerCase() === typeRef.toLowerCase());
  if (!type) return badRequest(`The issue type '${typeRef}' does not exist.`);
  const summary =
    typeof fields.summary === 'string' && fields.summary.trim() !== '' ? fields.summary.trim() : badRequest('You must specify a summary of the issue.');
  const parent = fields.parent === undefined ? undefined : parentFor(ctx, index, fields.parent);
  checkParent(index, type, project.id, parent);
  const initial = ctx.world.state.statuses.find((s) => s.category === 'new') ?? ctx.world.state.statuses[0];
  if (!initial) return badRequest('This Jira has no statuses.');
  const number = Math.max(0, ...ctx.world.state.issues.filter((i) => i.projectId === project.id).map((i) => keyNumber(i.key))) + 1;
  const now = nowIso(ctx.world);
  const points = fields[STORY_POINTS_FIELD] === undefined ? undefined : pointsOf(fields[STORY_POINTS_FIELD]);
  const issue: JiraIssue = {
    // A loop, not Math.max(...ids): spreading a few hundred thousand ids overflows the call stack.
    id: String(ctx.world.state.issues.reduce((max, i) => Math.max(max, Number(i.id) || 0), 10_000) + 1),
    key: `${project.key}-${number}`,
    projectId: project.id,
    issueTypeId: type.id,
    statusId: initial.id,
    summary,
    ...(parent ? { parentId: parent.id } : {}),
    labels: fields.labels === undefined ? [] : labelsOf(fields.labels),
    ...(ctx.principal.kind === 'user' ? { reporterAccountId: ctx.principal.user.accountId } : {}),
    ...(points !== undefined ? { storyPoints: points } : {}),
    created: now,
    updated: now,
    properties: {},
  };
  ctx.world.state.issues.push(issue);
  ctx.world.emit(issueEvent('avi:jira:created:issue', eventIssue(ctx.world, issue), ctx.principal), ctx.principal);
  return ok({ id: issue.id, key: issue.key, self: issueSelf(ctx.world, issue) }, 201);
};

const editable = (ctx: RequestContext): { issue: JiraIssue; index: WorldIndex; project: JiraProject } => {
  const index = indexWorld(ctx.world.state);
  const issue = visibleIssue(ctx, param(ctx, 'issueIdOrKey'), index);
  if (!canEdit(ctx, index, issue)) return fail(403, `You do not have permission to edit issue '${issue.key}'.`);
  return { issue, index, project: index.projectById.get(issue.projectId)! };
};

/** Applies a change to an issue and raises the update event with its changelog (nothing changed: no event). */
const commit = (ctx: RequestContext, issue: JiraIssue, change: Partial<JiraIssue>): void => {
  const before = structuredClone(issue);
  Object.assign(issue, change);
  if (change.parentId === undefined && 'parentId' in change) delete issue.parentId;
  if (change.storyPoints === undefined && 'storyPoints' in change) delete issue.storyPoints;
  const items = changelogOf(ctx.world, before, issue);
  if (items.length === 0) return;
  issue.updated = nowIso(ctx.world);
  const categoryOf = (statusId: string) => ctx.world.state.statuses.find((s) => s.id === statusId)?.category;
  if (categoryOf(before.statusId) !== categoryOf(issue.statusId)) issue.statusCategoryChanged = issue.updated;
  ctx.world.emit(issueEvent('avi:jira:updated:issue', eventIssue(ctx.world, issue), ctx.principal, items), ctx.principal);
};

export const editIssue = (ctx: RequestContext): Reply => {
  const fields = fieldsOf(ctx);
  const { issue, index } = editable(ctx);
  for (const f of Object.keys(fields)) if (!EDITABLE.has(f)) badRequest(`Field '${f}' cannot be set. It is not on the appropriate screen, or unknown.`);
  const change: Partial<JiraIssue> = {};
  if (fields.summary !== undefined)
    change.summary =
      typeof fields.summary === 'string' && fields.summary.trim() !== '' ? fields.summary.trim() : badRequest('You must specify a summary of the issue.');
  if (fields.parent !== undefined) {
    const parent = parentFor(ctx, index, fields.parent);
    checkParent(index, index.typeById.get(issue.issueTypeId)!, issue.projectId, parent, issue);
    change.parentId = parent?.id;
  }
  if (fields[STORY_POINTS_FIELD] !== undefined) change.storyPoints = pointsOf(fields[STORY_POINTS_FIELD]);
  if (fields.labels !== undefined) change.labels = labelsOf(fields.labels);
  commit(ctx, issue, change);
  return noContent();
};

export const deleteIssue = (ctx: RequestContext): Reply => {
  const { issue, index } = editable(ctx);
  const subtasks = ctx.world.state.issues.filter((i) => i.parentId === issue.id && index.typeById.get(i.issueTypeId)?.subtask);
  if (subtasks.length > 0 && ctx.query.get('deleteSubtasks') !== 'true') {
    return badRequest(`The issue '${issue.key}' has subtasks; set deleteSubtasks=true to delete them with it.`);
  }
  const gone = [...subtasks, issue];
  const events = gone.map((i) => issueEvent('avi:jira:deleted:issue', eventIssue(ctx.world, i, index), ctx.principal));
  const ids = new Set(gone.map((i) => i.id));
  ctx.world.state.issues = ctx.world.state.issues.filter((i) => !ids.has(i.id));
  // Children of a deleted epic stay, without a parent.
  for (const child of ctx.world.state.issues) if (child.parentId !== undefined && ids.has(child.parentId)) delete child.parentId;
  for (const e of events) ctx.world.emit(e, ctx.principal);
  return noContent();
};

/** Every status is reachable from every other (a team-managed, "any status to any status" workflow). */
const transitionsOf = (ctx: RequestContext, issue: JiraIssue) =>
  ctx.world.state.statuses.map((s, i) => ({ id: String(11 + i * 10), status: s })).filter((t) => t.status.id !== issue.statusId);

export const getTransitions = (ctx: RequestContext): Reply => {
  const index = indexWorld(ctx.world.state);
  const issue = visibleIssue(ctx, param(ctx, 'issueIdOrKey'), index);
  const list = canEdit(ctx, index, issue) ? transitionsOf(ctx, issue) : [];
  return ok({
    transitions: list.map((t) => ({
      id: t.id,
      name: t.status.name,
      to: statusBean(ctx.world, t.status),
      hasScreen: false,
      isGlobal: true,
      isInitial: false,
      isAvailable: true,
      isConditional: false,
      isLooped: false,
    })),
  });
};

export const doTransition = (ctx: RequestContext): Reply => {
  requireJsonContentType(ctx.headers);
  const body = jsonObject(parseJsonBody(ctx.body));
  const index = indexWorld(ctx.world.state);
  const issue = visibleIssue(ctx, param(ctx, 'issueIdOrKey'), index);
  if (!canEdit(ctx, index, issue)) return badRequest(`You do not have permission to transition issue '${issue.key}'.`);
  const id =
    isRecord(body.transition) && typeof body.transition.id === 'string' ? body.transition.id : badRequest("The request needs 'transition': {'id': …}.");
  const target = transitionsOf(ctx, issue).find((t) => t.id === id);
  if (!target) return badRequest(`Transition id '${id}' is not valid for this issue.`);
  commit(ctx, issue, { statusId: target.status.id });
  return noContent();
};
