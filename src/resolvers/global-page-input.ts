// The input calls of the strategy workspace's goal page (jira:globalPage), defined on the page's one resolver:
// parse, run the use case as the caller (who reads and triages what is decided inside, from context.accountId), answer.
import type { Resolver } from '../wiring/resolver';
import { inputCalls } from '../shared/api/input';
import { readGoalInput, readInputHistory } from '../services/input/goal-input';
import { triageInput } from '../services/input/triage-input';
import { defineHandler } from '../wiring/define';
import { inputDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';

export const defineInputCalls = (resolver: Resolver, env: Env): void => {
  const define = resolver.define.bind(resolver);
  define(
    inputCalls.ofGoal.key,
    defineHandler(inputCalls.ofGoal, ({ goalId }, ctx) => readGoalInput(inputDeps(env, ctx.accountId), ctx.accountId, goalId)),
  );
  define(
    inputCalls.triage.key,
    defineHandler(inputCalls.triage, (req, ctx) => triageInput(inputDeps(env, ctx.accountId), ctx.accountId, req)),
  );
  define(
    inputCalls.history.key,
    defineHandler(inputCalls.history, ({ inputId }, ctx) => readInputHistory(inputDeps(env, ctx.accountId), ctx.accountId, inputId)),
  );
};
