// The period calls of the strategy workspace (jira:globalPage): read the periods, close one, carry unfinished goals
// forward, and compare today with a closed period. Who may do what is decided inside, from context.accountId.
import type { Resolver } from '../wiring/resolver';
import { periodCalls as p } from '../shared/api/periods';
import { readPeriods } from '../services/periods/calendar';
import { closePeriod, readCarryOptions } from '../services/periods/close-period';
import { carryGoal } from '../services/periods/carry-forward';
import { comparePeriod } from '../services/periods/compare';
import { defineHandler } from '../wiring/define';
import { periodDeps } from '../wiring/periods';
import type { Env } from '../wiring/env';

export const definePeriodCalls = (resolver: Resolver, env: Env): void => {
  const define = resolver.define.bind(resolver);
  define(
    p.list.key,
    defineHandler(p.list, (_p, ctx) => readPeriods(periodDeps(env, ctx.accountId), { define: false, close: true })),
  );
  define(
    p.close.key,
    defineHandler(p.close, ({ periodId }, ctx) => closePeriod(periodDeps(env, ctx.accountId), ctx.accountId, periodId)),
  );
  define(
    p.carryOptions.key,
    defineHandler(p.carryOptions, ({ periodId }, ctx) => readCarryOptions(periodDeps(env, ctx.accountId), periodId)),
  );
  define(
    p.carry.key,
    defineHandler(p.carry, ({ periodId, goalId }, ctx) => carryGoal(periodDeps(env, ctx.accountId), ctx.accountId, periodId, goalId)),
  );
  define(
    p.compare.key,
    defineHandler(p.compare, ({ periodId, goalId }, ctx) => comparePeriod(periodDeps(env, ctx.accountId), ctx.accountId, periodId, goalId)),
  );
};
