// Measures one scenario on the local Forge: Jira calls and storage operations from the emulators' call logs,
// simulated time at a fixed latency per call (summed, as if sequential), real wall time, memory (the app's own heap,
// from running the scenario's invocations in a thread of their own under the function's 256 MB (./app-thread-host.ts);
// beside it the whole process's peak above where the scenario started, emulators included, and for runs over a
// second the most it held after a full GC) and, for scenarios that ask, the wall time of a second run with that
// latency injected into the emulators, which counts the code's concurrency.
import type { LocalForge } from '@throughline/local-forge';
import { withDateNow } from './clock';
import { startAppThread, type AppHeap } from './app-thread-host';

/** Simulated latency per call: the figure the targets are stated in. */
export const JIRA_MS = 100;
export const STORAGE_MS = 20;

export const simulatedMs = (jiraCalls: number, storageOps: number): number => jiraCalls * JIRA_MS + storageOps * STORAGE_MS;

/**
 * What the resolvers answered during a scenario: how many invocations, and the size of the largest answer as the
 * platform would carry it (the envelope as JSON, in UTF-8 bytes). Scenarios record every answer here.
 */
export const responses = {
  invocations: 0,
  largestBytes: 0,
  record(answer: unknown): void {
    this.invocations++;
    this.largestBytes = Math.max(this.largestBytes, Buffer.byteLength(JSON.stringify(answer) ?? '', 'utf8'));
  },
  reset(): void {
    this.invocations = 0;
    this.largestBytes = 0;
  },
};

export interface Figures {
  scenario: string;
  jiraCalls: number;
  storageOps: number;
  /** Calls × latency, as if every call ran one after another: an upper bound. */
  simulatedMs: number;
  realMs: number;
  /** Wall time of a second run at JIRA_MS per Jira call and STORAGE_MS per storage operation (see LATENCY_SCALE). */
  atLatencyMs?: number;
  peakHeapMb: number;
  /** Peak heap minus the heap when the scenario started (after a full GC): garbage included, an upper bound. */
  addedHeapMb: number;
  /** The most the scenario held once garbage was collected (a full GC each second; absent for shorter runs). */
  liveHeapMb?: number;
  /**
   * The app's own heap, from a run of the scenario's invocations in a thread of their own with the heap limited to
   * 256 MB (./app-thread-host.ts); absent when the bench ran with --shared-heap or the scenario made no invocation.
   */
  app?: AppHeap;
  /** Why the scenario did not complete (e.g. the app's thread ran out of its memory). */
  failed?: string;
  note?: string;
  /** Resolver invocations the scenario made, and the largest answer among them in bytes (absent: no resolver). */
  invocations?: number;
  responseBytes?: number;
  /** Scenario-specific figures (the reconcile's invocations), written to the JSON only. */
  detail?: unknown;
  target?: string;
  met?: boolean;
}

/** What a scenario may report besides the counts: a note for the table and details for the JSON. */
export interface Outcome {
  note?: string;
  detail?: unknown;
}
/** A target from issue 4 or DESIGN.md, in words and as a check of the figures. */
export interface Target {
  text: string;
  met(f: Figures): boolean;
}
export interface Scenario {
  name: string;
  target?: Target;
  /** Run a second time with the latency injected (for scenarios of a few hundred calls at most). */
  atLatency?: boolean;
  /** Puts the state in shape first, outside the measurement. */
  setup?(forge: LocalForge): Promise<void> | void;
  run(forge: LocalForge): Promise<Outcome | void>;
}

/**
 * Latency runs inject LATENCY_SCALE times the latency and slow Date.now() by the same factor, then divide the wall
 * time by it: the code's own concurrency is kept, its time budgets see production-like time, and the emulators'
 * CPU time (which Jira and Forge storage spend on their own servers) shrinks to a tenth beside the latency.
 */
export const LATENCY_SCALE = 10;

const wallAtLatency = async (forge: LocalForge, scenario: Scenario): Promise<number> => {
  forge.jira.setFaults({ latencyMs: JIRA_MS * LATENCY_SCALE });
  forge.kvs.setFaults({ latencyMs: STORAGE_MS * LATENCY_SCALE });
  const real = Date.now;
  const t0 = real();
  const start = performance.now();
  try {
    await withDateNow(
      () => t0 + Math.floor((real() - t0) / LATENCY_SCALE),
      () => scenario.run(forge),
    );
    return Math.round((performance.now() - start) / LATENCY_SCALE);
  } finally {
    forge.jira.setFaults({});
    forge.kvs.setFaults({});
  }
};

const mb = (bytes: number): number => Math.round(bytes / 1024 / 1024);

export interface MeasureOptions {
  /** Run the scenario's invocations in a thread of their own under the function's memory limit (default). */
  appThread: boolean;
}

export const measure = async (forge: LocalForge, scenario: Scenario, options: MeasureOptions = { appThread: true }): Promise<Figures> => {
  await scenario.setup?.(forge);
  // Started (and the app's code loaded) before the measurement; its heap's peak is reset just before the run.
  const thread = options.appThread ? await startAppThread(forge) : undefined;
  if (thread) await thread.heap(true);
  forge.jira.log.reset();
  forge.kvs.log.reset();
  responses.reset();
  global.gc?.();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  let live: number | undefined;
  let collected = performance.now();
  // Sampled at every call as well as on a timer: a run whose calls all answer at once never lets a timer fire.
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    if (performance.now() - collected < 1000) return;
    global.gc?.();
    live = Math.max(live ?? 0, process.memoryUsage().heapUsed - base);
    collected = performance.now();
  };
  const sampler = setInterval(sample, 5);
  const { jira, kvs } = forge;
  const jiraFetch = jira.fetch;
  const kvsFetch = kvs.fetch;
  jira.fetch = (...args) => {
    sample();
    return jiraFetch(...args);
  };
  kvs.fetch = (...args) => {
    sample();
    return kvsFetch(...args);
  };
  const start = performance.now();
  let outcome: Outcome | void = undefined;
  let failed: string | undefined;
  let app: AppHeap | undefined;
  try {
    outcome = await scenario.run(thread?.forge ?? forge);
    if (thread && thread.calls() > 0) app = await thread.heap();
  } catch (e) {
    // A run that fails is still a row: what it did until then, and why it stopped.
    failed = e instanceof Error ? e.message.split('\n')[0] : String(e);
  } finally {
    clearInterval(sampler);
    jira.fetch = jiraFetch;
    kvs.fetch = kvsFetch;
    await thread?.close();
  }
  const realMs = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const jiraCalls = forge.jira.log.count();
  const storageOps = forge.kvs.log.count();
  const answered = responses.invocations > 0 ? { invocations: responses.invocations, responseBytes: responses.largestBytes } : {};
  const figures: Figures = {
    scenario: scenario.name,
    jiraCalls,
    storageOps,
    simulatedMs: simulatedMs(jiraCalls, storageOps),
    realMs: Math.round(realMs),
    ...answered,
    ...(scenario.atLatency && !failed ? { atLatencyMs: await wallAtLatency(forge, scenario) } : {}),
    peakHeapMb: mb(peak),
    addedHeapMb: mb(peak - base),
    ...(live !== undefined ? { liveHeapMb: mb(live) } : {}),
    ...(app ? { app } : {}),
    ...(failed ? { failed } : {}),
    ...(outcome?.note ? { note: outcome.note } : {}),
    ...(outcome?.detail !== undefined ? { detail: outcome.detail } : {}),
  };
  return scenario.target ? { ...figures, target: scenario.target.text, met: failed === undefined && scenario.target.met(figures) } : figures;
};
