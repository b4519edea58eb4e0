// Resolver of the Confluence "Throughline scorecard" macro and its config view. The config arrives in the
// payload (the browser's claim of the macro's saved parameters) and is parsed like any payload. Goals and KPIs
// are visible to every app user but restricted goals, cut to whom they admit; the delivery signal is read as the
// viewer, from the work they may browse.
import { Resolver } from '../wiring/resolver';
import { scorecardMacroCalls as calls } from '../shared/api/scorecard-macro';
import { readScorecardMacro, readScorecardOptions } from '../services/kpi/scorecard-macro';
import { defineHandler } from '../wiring/define';
import { closedPeriods, readSnapshotMacro } from '../services/periods/snapshot-macro';
import { periodDeps } from '../wiring/periods';
import { scorecardMacroDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';
import { definePeopleCalls } from '../wiring/people-calls';

export const scorecardMacroResolver = (env: Env) => {
  const resolver = new Resolver();
  resolver.define(
    calls.view.key,
    defineHandler(calls.view, ({ config, cursor }, ctx) =>
      config.asOf !== undefined
        ? readSnapshotMacro(periodDeps(env, ctx.accountId), { ...config, asOf: config.asOf }, cursor)
        : readScorecardMacro(scorecardMacroDeps(env, ctx.accountId), config, cursor),
    ),
  );
  resolver.define(
    calls.options.key,
    defineHandler(calls.options, async (_p, ctx) => ({
      ...(await readScorecardOptions(scorecardMacroDeps(env, ctx.accountId))),
      periods: await closedPeriods(periodDeps(env, ctx.accountId)),
    })),
  );

  definePeopleCalls(resolver);
  return resolver.getDefinitions();
};
