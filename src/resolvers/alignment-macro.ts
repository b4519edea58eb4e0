// Resolver of the Confluence "Throughline alignment tree" macro. The config arrives in the payload (it is the
// browser's claim of the macro's saved parameters) and is parsed like any payload; the tree is read as the
// viewer, so the macro shows only what the viewer may browse in Jira. The config view lists the goals it may
// start from through this resolver too: a macro cannot reach the global page's catalog call. Both offer only the
// goals the viewer may see (restricted goals cut to whom they admit). "As of" a closed period reads the tree from
// that period's snapshots instead, as permission-true as the live tree.
import { Resolver } from '../wiring/resolver';
import { macroCalls } from '../shared/api/macros';
import { readTreeMacro } from '../services/alignment/alignment-subtree';
import { readMacroGoalOptions } from '../services/alignment/macro-options';
import { defineHandler } from '../wiring/define';
import { closedPeriods } from '../services/periods/snapshot-macro';
import { readSnapshotTreeMacro } from '../services/periods/snapshot-tree';
import { periodDeps } from '../wiring/periods';
import { alignmentDeps, macroOptionsDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';
import { definePeopleCalls } from '../wiring/people-calls';

export const alignmentMacroResolver = (env: Env) => {
  const resolver = new Resolver();
  resolver.define(
    macroCalls.tree.key,
    defineHandler(macroCalls.tree, ({ config, cursor, limit }, ctx) =>
      config.asOf !== undefined
        ? readSnapshotTreeMacro(periodDeps(env, ctx.accountId), { ...config, asOf: config.asOf }, { cursor, limit })
        : readTreeMacro(alignmentDeps(env, ctx.accountId), config, { cursor, limit }),
    ),
  );
  resolver.define(
    macroCalls.goalOptions.key,
    defineHandler(macroCalls.goalOptions, async (_p, ctx) => ({
      ...(await readMacroGoalOptions(macroOptionsDeps(ctx.accountId))),
      periods: await closedPeriods(periodDeps(env, ctx.accountId)),
    })),
  );

  definePeopleCalls(resolver);
  return resolver.getDefinitions();
};
