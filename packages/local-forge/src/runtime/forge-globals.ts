// Installs the two globals through which every Forge package leaves a function (FORGE-PLATFORM.md):
// __forge_fetch__ routes product calls to the Jira emulator as the acting user or the app, KVS calls to the
// KVS emulator; __forge_runtime__ supplies the invocation context. Install before importing any app code.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { Actor, JiraEmulator } from '../jira/emulator';
import type { KvsEmulator } from '../kvs/emulator';
import { jsonResponse } from '../text-response';

export interface Invocation {
  /** The principal the platform vouches for; absent for triggers and scheduled jobs. */
  accountId?: string;
  moduleKey: string;
  startedAt: number;
  timeoutMs: number;
}

export interface Backends {
  jira: JiraEmulator;
  kvs: KvsEmulator;
}

const invocations = new AsyncLocalStorage<Invocation>();
let backends: Backends | undefined;

export const APP_ID = '8f0c6c1e-7d1a-4b8e-9a53-2f6d1c0b7a11';
export const CLOUD_ID = '2f6d1c0b-0000-4000-8000-7d1a4b8e9a53';

/** Points the globals at a set of emulators; tests swap them freely because the globals read this at call time. */
export const useBackends = (b: Backends): void => {
  backends = b;
};

export const currentInvocation = (): Invocation | undefined => invocations.getStore();

/** Invocations under way: while none is, the store is switched off (see runInvocation). */
let running = 0;

/**
 * Runs `fn` as one invocation: what it calls, however deep and however asynchronous, sees `inv` as the invocation
 * context. On Node 20 an AsyncLocalStorage that is on costs a hook on every promise anywhere in the process, so it is
 * switched off whenever no invocation is under way (the platform ends an invocation's work when it returns, too).
 */
export const runInvocation = async <T>(inv: Omit<Invocation, 'startedAt' | 'timeoutMs'> & { timeoutMs?: number }, fn: () => Promise<T>): Promise<T> => {
  running++;
  try {
    return await invocations.run({ timeoutMs: 25_000, ...inv, startedAt: Date.now() }, fn);
  } finally {
    if (--running === 0) invocations.disable();
  }
};

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response => jsonResponse(status, body, headers);

interface FetchOpts {
  type?: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

const forgeFetch = async (opts: FetchOpts, path: string, init?: RequestInit): Promise<Response> => {
  if (!backends) throw new Error('Local Forge: no backends installed (call useBackends first)');
  const body = typeof init?.body === 'string' ? init.body : init?.body == null ? null : String(init.body);
  const request = { method: init?.method ?? 'GET', body, headers: init?.headers };
  if (opts.type === 'kvs') return backends.kvs.fetch(path, request);
  if (opts.type === 'fpp' && opts.remote === 'jira') {
    let actor: Actor;
    if (opts.provider === 'user') {
      const accountId = opts.accountId ?? invocations.getStore()?.accountId;
      // asUser() outside a user's invocation has nobody to act for: the platform refuses it too.
      if (!accountId) return json(401, { errorMessages: ['asUser() called without a user in the invocation'], errors: {} });
      actor = { kind: 'user', accountId };
    } else {
      actor = { kind: 'app' };
    }
    return backends.jira.fetch(actor, path, request);
  }
  return json(404, { errorMessages: [`Local Forge has no emulator for ${opts.type}/${opts.remote ?? ''}`], errors: {} });
};

const noopMetric = { incr: () => undefined, decr: () => undefined, set: () => undefined, measure: () => ({ stop: () => undefined }) };

const runtime = {
  get appContext() {
    const inv = invocations.getStore();
    return {
      appId: APP_ID,
      appVersion: process.env.npm_package_version ?? '0.0.0-local',
      environmentId: 'local',
      environmentType: 'DEVELOPMENT',
      invocationId: randomUUID(),
      installationId: 'local-installation',
      moduleKey: inv?.moduleKey ?? 'unknown',
      license: { isActive: true },
      installation: { installationId: 'local-installation' },
      permissions: { scopes: [] },
    };
  },
  lambdaContext: {
    getRemainingTimeInMillis: (): number => {
      const inv = invocations.getStore();
      return inv ? Math.max(0, inv.startedAt + inv.timeoutMs - Date.now()) : 900_000;
    },
  },
  metrics: { counter: () => noopMetric, timing: () => noopMetric, gauge: () => noopMetric, histogram: () => noopMetric },
  tracing: { traceId: 'local', spanId: 'local' },
  proxy: { token: 'local', url: 'http://localhost' },
  externalAuth: [],
};

/** Installs the two globals, again wherever something else replaced them since (a test's own harness). */
export const installForgeGlobals = (): void => {
  const g = globalThis as Record<string, unknown>;
  g.__forge_fetch__ = forgeFetch;
  g.__forge_runtime__ = runtime;
};
