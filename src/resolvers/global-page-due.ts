// "Due from you" on the strategy workspace (jira:globalPage), defined on the page's one resolver: what the caller
// owes is decided from context.accountId inside the use case; the payload carries nothing.
import type { Resolver } from '../wiring/resolver';
import { dueCalls } from '../shared/api/due';
import { readDueFromYou } from '../services/due/due-from-you';
import { defineHandler } from '../wiring/define';
import { dueDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';

export const defineDueCalls = (resolver: Resolver, env: Env): void => {
  resolver.define(
    dueCalls.list.key,
    defineHandler(dueCalls.list, (_req, ctx) => readDueFromYou(dueDeps(env, ctx.accountId), ctx.accountId)),
  );
};
