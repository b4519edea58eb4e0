// Resolver of the strategy workspace (jira:globalPage): the goal catalog.
import { Resolver } from '../wiring/resolver';
import { catalogCalls } from '../shared/api/catalog';
import { readCatalog, readGoalDetail } from '../services/goals/read-catalog';
import { saveGoal, type SaveGoalRequest } from '../services/goals/save-goal';
import { defineHandler } from '../wiring/define';
import { catalogReadDeps, peopleMatching, saveGoalDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';
import { defineAgreementCalls } from './global-page-agreements';
import { defineAlignmentCalls } from './global-page-alignment';
import { defineScorecardCalls } from './global-page-scorecards';
import { defineInputCalls } from './global-page-input';
import { defineProposalCalls } from './global-page-proposals';
import { defineDueCalls } from './global-page-due';
import { definePeopleCalls } from '../wiring/people-calls';
import { definePeriodCalls } from './global-page-periods';

// Each part of the workspace defines its calls in its own file (catalog here; alignment, gaps, scorecards and agreements
// beside it) on this one resolver: the manifest names one function per module.

const change = (env: Env, accountId: string, req: SaveGoalRequest) => saveGoal(saveGoalDeps(env), accountId, req);

export const globalPageResolver = (env: Env) => {
  const resolver = new Resolver();
  resolver.define(
    catalogCalls.list.key,
    defineHandler(catalogCalls.list, async (_p, ctx) => readCatalog(catalogReadDeps(ctx.accountId))),
  );
  resolver.define(
    catalogCalls.get.key,
    defineHandler(catalogCalls.get, async ({ id }, ctx) => readGoalDetail(catalogReadDeps(ctx.accountId), id)),
  );
  resolver.define(
    catalogCalls.create.key,
    defineHandler(catalogCalls.create, ({ input }, ctx) => change(env, ctx.accountId, { kind: 'create', input })),
  );
  resolver.define(
    catalogCalls.update.key,
    defineHandler(catalogCalls.update, ({ id, expectedVersion, input }, ctx) => change(env, ctx.accountId, { kind: 'update', id, expectedVersion, input })),
  );
  resolver.define(
    catalogCalls.archive.key,
    defineHandler(catalogCalls.archive, ({ id, expectedVersion }, ctx) => change(env, ctx.accountId, { kind: 'archive', id, expectedVersion })),
  );
  resolver.define(
    catalogCalls.restore.key,
    defineHandler(catalogCalls.restore, ({ id, expectedVersion }, ctx) => change(env, ctx.accountId, { kind: 'restore', id, expectedVersion })),
  );
  resolver.define(
    catalogCalls.searchUsers.key,
    defineHandler(catalogCalls.searchUsers, ({ query }) => peopleMatching(query)),
  );

  defineAlignmentCalls(resolver, env);
  defineScorecardCalls(resolver, env);
  defineInputCalls(resolver, env);
  defineAgreementCalls(resolver, env);
  defineProposalCalls(resolver, env);
  defineDueCalls(resolver, env);
  definePeriodCalls(resolver, env);

  definePeopleCalls(resolver);
  return resolver.getDefinitions();
};
