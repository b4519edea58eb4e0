// The resolver edge as the surfaces use it: define.ts's envelope, with the platform's storage failures read as
// the coded failures they mean (UPSTREAM, RATE_LIMITED) instead of INTERNAL.
import { makeDefineHandler } from '../resolvers/define';
import { storageFailure } from '../platform/storage/kvs-errors';

export const defineHandler = makeDefineHandler(storageFailure);
