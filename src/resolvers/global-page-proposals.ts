// The sub-goal and proposal calls of the strategy workspace (jira:globalPage), defined on the page's one resolver:
// parse, run the use case as the caller (who may add, propose or decide is decided inside, from context.accountId).
import type { Resolver } from '../wiring/resolver';
import { proposalCalls } from '../shared/api/proposals';
import { addSubGoal, proposeSubGoal } from '../services/goals/sub-goals';
import { decideOnProposal } from '../services/goals/decide-proposal';
import { withdrawOwnProposal } from '../services/goals/withdraw-proposal';
import { goalProposals } from '../services/goals/goal-proposals';
import { myGoals } from '../services/goals/my-goals';
import { defineHandler } from '../wiring/define';
import { proposalDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';

export const defineProposalCalls = (resolver: Resolver, env: Env): void => {
  const define = resolver.define.bind(resolver);
  define(
    proposalCalls.addSubGoal.key,
    defineHandler(proposalCalls.addSubGoal, (req, ctx) => addSubGoal(proposalDeps(env, ctx.accountId), ctx.accountId, req)),
  );
  define(
    proposalCalls.propose.key,
    defineHandler(proposalCalls.propose, (req, ctx) => proposeSubGoal(proposalDeps(env, ctx.accountId), ctx.accountId, req)),
  );
  define(
    proposalCalls.ofGoal.key,
    defineHandler(proposalCalls.ofGoal, ({ goalId }, ctx) => goalProposals(proposalDeps(env, ctx.accountId), ctx.accountId, goalId)),
  );
  define(
    proposalCalls.withdraw.key,
    defineHandler(proposalCalls.withdraw, (req, ctx) => withdrawOwnProposal(proposalDeps(env, ctx.accountId), ctx.accountId, req)),
  );
  define(
    proposalCalls.decide.key,
    defineHandler(proposalCalls.decide, (req, ctx) => decideOnProposal(proposalDeps(env, ctx.accountId), ctx.accountId, req)),
  );
  define(
    proposalCalls.mine.key,
    defineHandler(proposalCalls.mine, (_p, ctx) => myGoals(proposalDeps(env, ctx.accountId), ctx.accountId)),
  );
};
