// POST /issue/{issueIdOrKey}/notify: Jira mails a notification about an issue. The emulator records it on the world
// (`state.notifications`) instead of mailing. As Jira does, only recipients who may browse the issue get it, and
// the caller must be able to see the issue (404 otherwise, as for a missing one).
import { badRequest, isRecord, noContent, parseJsonBody, requireJsonContentType, type Reply } from '../http';
import { userHolds } from '../permissions';
import { indexWorld, nowIso } from '../world';
import { jsonObject, param, visibleIssue, type RequestContext } from './context';

const text = (body: Record<string, unknown>, name: string): string => {
  const v = body[name];
  if (v === undefined) return '';
  return typeof v === 'string' ? v : badRequest(`'${name}' must be a string.`);
};

export const notifyIssue = (ctx: RequestContext): Reply => {
  requireJsonContentType(ctx.headers);
  const index = indexWorld(ctx.world.state);
  const issue = visibleIssue(ctx, param(ctx, 'issueIdOrKey'), index);
  const body = jsonObject(parseJsonBody(ctx.body));
  const to = body.to === undefined ? {} : isRecord(body.to) ? body.to : badRequest("'to' must be an object.");
  const users = to.users === undefined ? [] : Array.isArray(to.users) ? to.users : badRequest("'to.users' must be a list.");
  const asked = new Set<string>();
  for (const u of users) {
    if (!isRecord(u) || typeof u.accountId !== 'string') badRequest("Each of 'to.users' must be an object with an 'accountId'.");
    else asked.add(u.accountId);
  }
  if (to.reporter === true && issue.reporterAccountId) asked.add(issue.reporterAccountId);
  if (to.assignee === true && issue.assigneeAccountId) asked.add(issue.assigneeAccountId);
  const project = index.projectById.get(issue.projectId);
  const reached = [...asked].filter((id) => {
    const user = ctx.world.state.users.find((x) => x.accountId === id);
    return user !== undefined && user.active && project !== undefined && userHolds(user, 'BROWSE_PROJECTS', project);
  });
  const state = ctx.world.state;
  state.notifications ??= [];
  state.notifications.push({
    id: String(state.notifications.length + 1),
    at: nowIso(ctx.world),
    issueId: issue.id,
    issueKey: issue.key,
    from: ctx.principal.kind === 'app' ? 'app' : ctx.principal.user.accountId,
    to: reached,
    subject: text(body, 'subject') || `${issue.key}: ${issue.summary}`,
    textBody: text(body, 'textBody'),
    htmlBody: text(body, 'htmlBody'),
  });
  return noContent();
};
