// Resolver of the Confluence "Throughline alignment tree" macro. The config arrives in the payload (it is the
// browser's claim of the macro's saved parameters) and is parsed like any payload; the tree is read as the
// viewer, so the macro shows only what the viewer may browse in Jira. The config view lists the goals it may
// start from through this resolver too: a macro cannot reach the global page's catalog call. Both offer only the
// goals the viewer may see (restricted goals cut to whom they admit).
import { Resolver } from '../wiring/resolver';
import { macroCalls } from '../shared/api/macros';
import { readTreeMacro } from '../services/alignment/alignment-subtree';
import { readMacroGoalOptions } from '../services/alignment/macro-options';
import { defineHandler } from '../wiring/define';
import { alignmentDeps, macroOptionsDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';
import { definePeopleCalls } from '../wiring/people-calls';

export const alignmentMacroResolver = (env: Env) => {
  const resolver = new Resolver();
  resolver.define(
    macroCalls.tree.key,
    defineHandler(macroCalls.tree, ({ config, cursor, limit }, ctx) => readTreeMacro(alignmentDeps(env, ctx.accountId), config, { cursor, limit })),
  );
  resolver.define(
    macroCalls.goalOptions.key,
    defineHandler(macroCalls.goalOptions, (_p, ctx) => readMacroGoalOptions(macroOptionsDeps(ctx.accountId))),
  );

  definePeopleCalls(resolver);
  return resolver.getDefinitions();
};
