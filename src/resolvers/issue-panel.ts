// Resolver of the issue panel (jira:issuePanel): the goal behind the issue, tagging epics, and input from the work.
import { Resolver } from '../wiring/resolver';
import { panelCalls } from '../shared/api/panel';
import { AppFailure } from '../shared/errors';
import { goalContextAfterWrite, tagOptions } from '../services/goals/goal-context';
import { inputCalls } from '../shared/api/input';
import { leaveInput } from '../services/input/leave-input';
import { panelContext } from '../services/input/panel-input';
import { clearEpicTag, tagEpic } from '../services/alignment/tag-epic';
import { defineHandler } from '../wiring/define';
import type { CallContext } from './define';
import { agreementRiskDeps, dueDeps, goalContextDeps, leaveInputDeps, panelContextDeps, panelTagDeps, peopleMatching } from '../wiring/deps';
import { duePanelCalls } from '../shared/api/due';
import { countDueFromYou } from '../services/due/due-from-you';
import { panelRelianceWithWork } from '../services/agreements/panel-reliance';
import type { Env } from '../wiring/env';
import { definePeopleCalls } from '../wiring/people-calls';

/** The panel acts on the issue it is shown on; a payload naming another issue is refused before any work. */
const sameIssue = (ctx: CallContext, ref: string): void => {
  const issue = ctx.extension.issue as { key?: unknown; id?: unknown } | undefined;
  if (issue && issue.key !== ref && String(issue.id) !== ref) throw new AppFailure('VALIDATION', 'The request names a different issue than the one shown');
};

export const issuePanelResolver = (env: Env) => {
  const resolver = new Resolver();
  resolver.define(
    panelCalls.context.key,
    defineHandler(panelCalls.context, async ({ issue }, ctx) => {
      sameIssue(ctx, issue);
      return panelContext(panelContextDeps(env, ctx.accountId), ctx.accountId, issue);
    }),
  );

  resolver.define(
    inputCalls.add.key,
    defineHandler(inputCalls.add, async (req, ctx) => {
      sameIssue(ctx, req.issue);
      return leaveInput(leaveInputDeps(env, ctx.accountId), ctx.accountId, req);
    }),
  );

  resolver.define(
    panelCalls.tagEpic.key,
    defineHandler(panelCalls.tagEpic, async ({ issue, goalId, level, leaderId, managerId }, ctx) => {
      sameIssue(ctx, issue);
      const deps = panelTagDeps(env, ctx.accountId);
      const written = await tagEpic(deps.tag, ctx.accountId, issue, { goalId, level, ...(leaderId ? { leaderId } : {}), ...(managerId ? { managerId } : {}) });
      return goalContextAfterWrite(deps.context, issue, written);
    }),
  );

  resolver.define(
    panelCalls.clearEpicTag.key,
    defineHandler(panelCalls.clearEpicTag, async ({ issue }, ctx) => {
      sameIssue(ctx, issue);
      const deps = panelTagDeps(env, ctx.accountId);
      const written = await clearEpicTag(deps.tag, ctx.accountId, issue);
      return goalContextAfterWrite(deps.context, issue, written);
    }),
  );

  resolver.define(
    panelCalls.tagOptions.key,
    defineHandler(panelCalls.tagOptions, async ({ issue }, ctx) => {
      sameIssue(ctx, issue);
      return tagOptions(goalContextDeps(env, ctx.accountId), issue);
    }),
  );

  resolver.define(
    panelCalls.searchUsers.key,
    defineHandler(panelCalls.searchUsers, ({ query }) => peopleMatching(query)),
  );

  // Asked by the panel after it has drawn, only when an agreed line could be at risk from its providing goal's work.
  resolver.define(
    panelCalls.reliance.key,
    defineHandler(panelCalls.reliance, async ({ issue, goalIds }, ctx) => {
      sameIssue(ctx, issue);
      return panelRelianceWithWork(agreementRiskDeps(env, ctx.accountId), goalIds);
    }),
  );

  // Asked by the panel after it has drawn, and only for viewers who lead or manage an active goal.
  resolver.define(
    duePanelCalls.count.key,
    defineHandler(duePanelCalls.count, (_req, ctx) => countDueFromYou(dueDeps(env, ctx.accountId), ctx.accountId)),
  );

  definePeopleCalls(resolver);
  return resolver.getDefinitions();
};
