// The strategy workspace's alignment tree explorer and gaps radar: their calls, defined on the global page's one
// resolver, with the explorer's one-call "expand all". Read as the viewer: the viewer's browsable projects cut
// every roll-up before anything is shown.
import type { Resolver } from '../wiring/resolver';
import { alignmentCalls } from '../shared/api/alignment';
import { subtreeCall } from '../shared/api/macros';
import { readChildren, readTree } from '../services/alignment/alignment-tree';
import { readSubtree } from '../services/alignment/alignment-subtree';
import { readGaps } from '../services/alignment/gaps';
import { readBurnUp } from '../services/alignment/burn-up';
import { burnUpCall } from '../shared/api/burn-up';
import { defineHandler } from '../wiring/define';
import { alignmentDeps, burnUpDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';

export const defineAlignmentCalls = (resolver: Resolver, env: Env): void => {
  resolver.define(
    alignmentCalls.tree.key,
    defineHandler(alignmentCalls.tree, (query, ctx) => readTree(alignmentDeps(env, ctx.accountId), query)),
  );
  resolver.define(
    alignmentCalls.children.key,
    defineHandler(alignmentCalls.children, ({ parent }, ctx) => readChildren(alignmentDeps(env, ctx.accountId), parent)),
  );
  resolver.define(
    subtreeCall.key,
    defineHandler(subtreeCall, (query, ctx) => readSubtree(alignmentDeps(env, ctx.accountId), query)),
  );
  resolver.define(
    alignmentCalls.gaps.key,
    defineHandler(alignmentCalls.gaps, (_p, ctx) => readGaps(alignmentDeps(env, ctx.accountId))),
  );
  resolver.define(
    burnUpCall.key,
    defineHandler(burnUpCall, ({ goalId }, ctx) => readBurnUp(burnUpDeps(env, ctx.accountId), goalId)),
  );
};
