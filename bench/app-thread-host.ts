// Runs a scenario's invocations in a worker thread holding only the app (./app-thread.ts), with the heap limited to
// what a Forge function may use, while the emulators and the fixture stay in the main thread. The bench's process
// heap mixes the app with a million emulated issues and the emulators' search indexes; this thread's heap is the
// app's alone, and the limit makes "completes within the memory" something the run shows, not an estimate.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { InvokeRequest, LocalForge } from '@throughline/local-forge';
import type { FromApp, ToApp } from './app-thread-protocol';

/** Forge's function memory as the issue's targets state it. V8's young generation (16 MB) comes on top. */
export const APP_HEAP_LIMIT_MB = 256;
const YOUNG_MB = 16;

const REAL_NOW = Date.now;
const clock = () => ({ now: Date.now(), simulated: Date.now !== REAL_NOW });

export interface AppHeap {
  /** The thread's heap once the app's code was loaded, before any invocation (after a full GC). */
  loadedMb: number;
  /** The most the thread held during the scenario, garbage included (sampled at every call and answer). */
  peakMb: number;
  /** What it still held after the scenario and a full GC (caches the app keeps between invocations). */
  afterGcMb: number;
}

export interface AppThread {
  /** The local Forge with invocations and scheduled triggers run in the app's thread; the emulators are the main thread's. */
  forge: LocalForge;
  /** Figures since the thread started (or since the last `heap(true)`). */
  heap(reset?: boolean): Promise<AppHeap>;
  /** Invocations and scheduled runs made in the thread. */
  calls(): number;
  close(): Promise<void>;
}

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

export const startAppThread = async (forge: LocalForge): Promise<AppThread> => {
  // tsx's loader hooks do not reach worker threads on Node 20: the thread registers tsx itself, then loads the app.
  const worker = new Worker(`require('tsx/cjs/api').register(); require(${JSON.stringify(path.join(__dirname, 'app-thread.ts'))});`, {
    eval: true,
    resourceLimits: { maxOldGenerationSizeMb: APP_HEAP_LIMIT_MB, maxYoungGenerationSizeMb: YOUNG_MB },
  });
  let seq = 0;
  let made = 0;
  const calls = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  let heapWaiter: ((m: Extract<FromApp, { kind: 'heap' }>) => void) | undefined;
  let failure: Error | undefined;
  const post = (m: ToApp) => worker.postMessage(m);
  const ready = new Promise<number>((resolve, reject) => {
    worker.on('message', (m: FromApp) => {
      if (m.kind === 'ready') resolve(m.used);
      else if (m.kind === 'heap') heapWaiter?.(m);
      else if (m.kind === 'done') {
        const c = calls.get(m.id);
        calls.delete(m.id);
        if (m.error !== undefined) c?.reject(new Error(`in the app's thread: ${m.error}`));
        else c?.resolve(m.value);
      } else void answer(m);
    });
    worker.on('error', (e) => {
      // ERR_WORKER_OUT_OF_MEMORY when the app passed the limit: every call still waiting fails with it.
      failure = e;
      reject(e);
      for (const c of calls.values()) c.reject(e);
      calls.clear();
    });
  });
  const answer = async (m: Extract<FromApp, { kind: 'fetch' }>) => {
    try {
      const res =
        m.target === 'jira'
          ? await forge.jira.fetch(...(m.args as Parameters<LocalForge['jira']['fetch']>))
          : await forge.kvs.fetch(...(m.args as Parameters<LocalForge['kvs']['fetch']>));
      post({ kind: 'reply', id: m.id, status: res.status, headers: [...res.headers.entries()], body: await res.text(), ...clock() });
    } catch (e) {
      post({ kind: 'reply', id: m.id, status: 0, headers: [], body: '', error: e instanceof Error ? e.message : String(e), ...clock() });
    }
  };
  const loaded = await ready;
  const call = (m: { kind: 'invoke'; req: unknown } | { kind: 'scheduled'; moduleKey: string; opts?: { timeoutMs?: number } }) => {
    if (failure) return Promise.reject(failure);
    const id = ++seq;
    made++;
    return new Promise<unknown>((resolve, reject) => {
      calls.set(id, { resolve, reject });
      post({ ...m, id, ...clock() } as ToApp);
    });
  };
  const inThread: LocalForge = {
    manifest: forge.manifest,
    jira: forge.jira,
    kvs: forge.kvs,
    scheduledTriggers: forge.scheduledTriggers,
    eventsDelivered: () => forge.eventsDelivered(),
    get triggerLog() {
      return forge.triggerLog;
    },
    invoke: (req: InvokeRequest) => call({ kind: 'invoke', req }),
    runScheduledTrigger: (moduleKey, opts) => call({ kind: 'scheduled', moduleKey, ...(opts ? { opts } : {}) }),
  };
  return {
    forge: inThread,
    heap: (reset = false) =>
      failure
        ? Promise.reject(failure)
        : new Promise<AppHeap>((resolve) => {
            heapWaiter = (m) => resolve({ loadedMb: mb(loaded), peakMb: mb(m.peak), afterGcMb: mb(m.afterGc) });
            post({ kind: 'heap', reset, ...clock() });
          }),
    calls: () => made,
    close: async () => {
      await worker.terminate();
    },
  };
};
