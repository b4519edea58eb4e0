// The app in a thread of its own, under the function's memory limit (started by ./app-thread-host.ts). Only the
// app's code lives here: its handlers, @forge/* and what they allocate. Every Jira call and storage operation goes
// to the emulators in the main thread and comes back as a Response, as it would over the network, so this thread's
// heap is the app's heap; a scenario that needs more than the limit dies here with ERR_WORKER_OUT_OF_MEMORY.
import path from 'node:path';
import v8 from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { appRuntime, installForgeGlobals, readManifest, useBackends, type Backends, type InvokeRequest } from '@throughline/local-forge/runtime';
import type { FromApp, ToApp } from './app-thread-protocol';

const port = parentPort!;
const send = (m: FromApp) => port.postMessage(m);

// The main thread's clock: the reconcile runs on a simulated clock there (./reconcile.ts), and an invocation's
// remaining time must be read from that clock here. Every message from the main thread carries it.
const realNow = Date.now;
let mirrored: { now: number; simulated: boolean } = { now: realNow(), simulated: false };
Date.now = () => (mirrored.simulated ? mirrored.now : realNow());

const used = () => v8.getHeapStatistics().used_heap_size;
let peak = 0;
const sample = () => {
  peak = Math.max(peak, used());
};

let seq = 0;
const pending = new Map<number, { resolve: (r: Response) => void; reject: (e: Error) => void }>();

const plainHeaders = (h: unknown): unknown => (h instanceof Headers ? [...h.entries()] : h);
type Init = { method?: string; body?: string | null; headers?: unknown } | undefined;
const remote = (target: 'jira' | 'kvs', args: unknown[]): Promise<Response> => {
  sample();
  const id = ++seq;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    send({ kind: 'fetch', id, target, args });
  });
};
const withInit = (init: Init) => (init ? { method: init.method, body: init.body ?? null, headers: plainHeaders(init.headers) } : undefined);
const backends = {
  jira: { fetch: (actor: unknown, p: string, init: Init) => remote('jira', [actor, p, withInit(init)]) },
  kvs: { fetch: (p: string, init: Init) => remote('kvs', [p, withInit(init)]) },
} as unknown as Backends;

installForgeGlobals();
useBackends(backends);
const root = path.resolve(__dirname, '..');
// Loaded only now: @forge/kvs captures __forge_fetch__ when it loads. Production's handlers (the system clock).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const app = appRuntime(readManifest(path.join(root, 'manifest.yml')), require('../src/index') as Record<string, never>);

const NULL_BODY = new Set([101, 204, 205, 304]);

port.on('message', (m: ToApp) => {
  mirrored = { now: m.now, simulated: m.simulated };
  if (m.kind === 'reply') {
    const waiting = pending.get(m.id);
    pending.delete(m.id);
    if (!waiting) return;
    if (m.error !== undefined) waiting.reject(new Error(m.error));
    else waiting.resolve(new Response(NULL_BODY.has(m.status) ? null : m.body, { status: m.status, headers: m.headers }));
    sample();
    return;
  }
  if (m.kind === 'heap') {
    sample();
    const figures = { peak, used: used() };
    global.gc?.();
    send({ kind: 'heap', ...figures, afterGc: used() });
    if (m.reset) peak = used();
    return;
  }
  const run = m.kind === 'invoke' ? app.invoke(m.req as InvokeRequest) : app.runScheduledTrigger(m.moduleKey, m.opts);
  run.then(
    (value: unknown) => {
      sample();
      send({ kind: 'done', id: m.id, value });
    },
    (e: unknown) => send({ kind: 'done', id: m.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) }),
  );
});

global.gc?.();
peak = used();
send({ kind: 'ready', used: used() });
