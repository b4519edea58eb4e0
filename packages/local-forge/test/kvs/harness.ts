// Test harness: installs the two Forge globals, routes `__forge_fetch__` through a swappable emulator,
// then loads the REAL @forge/kvs (it captures the fetch function at import time, hence the holder).
import type * as ForgeKvs from '@forge/kvs';
import { createKvsEmulator, type KvsEmulator, type KvsEmulatorOptions } from '../../src/kvs/emulator';

interface FetchCall {
  opts: unknown;
  path: string;
}

const holder: { current: KvsEmulator; calls: FetchCall[] } = { current: createKvsEmulator(), calls: [] };

const g = globalThis as unknown as Record<string, unknown>;
/**
 * Installs the two globals, routed to the current emulator. Again before each emulator (useEmulator): other test
 * files sharing this module registry (test/support/grouping-runner.js) install their own local Forge's.
 */
const installGlobals = (): void => {
  g.__forge_runtime__ = {
    appContext: { appId: 'test-app', environmentId: 'env', environmentType: 'DEVELOPMENT', installationId: 'inst', moduleKey: 'test' },
    lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
    tracing: { traceId: 't', spanId: 's' },
  };
  g.__forge_fetch__ = (opts: unknown, path: string, init?: { method?: string; body?: string | null }) => {
    holder.calls.push({ opts, path });
    return holder.current.fetch(path, init);
  };
};
installGlobals();

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const forgeKvs = require('@forge/kvs') as typeof ForgeKvs;
export const { kvs, WhereConditions, FilterConditions, Filter, Sort, MetadataField, ForgeKvsAPIError } = forgeKvs;

/** Fresh emulator for the next calls; returns it for direct inspection. */
export function useEmulator(opts?: KvsEmulatorOptions): KvsEmulator {
  installGlobals();
  holder.current = createKvsEmulator(opts);
  holder.calls = [];
  return holder.current;
}

export const fetchCalls = (): FetchCall[] => holder.calls;

/** Awaits `p`, expecting a ForgeKvsAPIError; returns it for code/status assertions. */
export async function apiError(p: Promise<unknown>): Promise<InstanceType<typeof ForgeKvsAPIError>> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ForgeKvsAPIError) return e;
    throw new Error(`expected ForgeKvsAPIError, got ${String(e)}`);
  }
  throw new Error('expected ForgeKvsAPIError, but the call succeeded');
}

/** A controllable clock in epoch ms. */
export function fakeClock(start = Date.UTC(2026, 0, 1)) {
  let now = start;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}
