// The agreement calls of the strategy workspace (jira:globalPage), defined on the page's one resolver: a goal's
// agreements, one agreement, asking, answering, committing and the web. Parse, run the use case as the caller (who may
// do what, and who may see what, is decided inside from context.accountId), answer.
import type { Resolver } from '../wiring/resolver';
import { agreementCalls as a } from '../shared/api/agreements';
import { commitGoal } from '../services/agreements/commit-goal';
import { readAgreement, readGoalAgreements, readWeb } from '../services/agreements/read-agreements';
import { answerSupport, proposeSupport } from '../services/agreements/support-change';
import { defineHandler } from '../wiring/define';
import { agreementDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';

export const defineAgreementCalls = (resolver: Resolver, env: Env): void => {
  const define = resolver.define.bind(resolver);
  define(
    a.forGoal.key,
    defineHandler(a.forGoal, ({ goalId }, ctx) => readGoalAgreements(agreementDeps(env, ctx.accountId), ctx.accountId, goalId)),
  );
  define(
    a.get.key,
    defineHandler(a.get, ({ id }, ctx) => readAgreement(agreementDeps(env, ctx.accountId), ctx.accountId, id)),
  );
  define(
    a.propose.key,
    defineHandler(a.propose, ({ input }, ctx) => proposeSupport(agreementDeps(env, ctx.accountId), ctx.accountId, input)),
  );
  define(
    a.answer.key,
    defineHandler(a.answer, (req, ctx) => answerSupport(agreementDeps(env, ctx.accountId), ctx.accountId, req)),
  );
  define(
    a.commit.key,
    defineHandler(a.commit, ({ input }, ctx) => commitGoal(agreementDeps(env, ctx.accountId), ctx.accountId, input)),
  );
  define(
    a.web.key,
    defineHandler(a.web, ({ rootGoalId }, ctx) => readWeb(agreementDeps(env, ctx.accountId), rootGoalId)),
  );
};
