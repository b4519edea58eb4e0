// Measures one scenario on the local Forge: Jira calls and storage operations from the emulators' call logs,
// simulated time at a fixed latency per call, real wall time, and peak memory.
import type { LocalForge } from '../dev/runtime/local-forge';

/** Simulated latency per call: the figure the targets are stated in. */
export const JIRA_MS = 100;
export const STORAGE_MS = 20;

export interface Figures {
  scenario: string;
  jiraCalls: number;
  storageOps: number;
  /** Calls × latency, as if every call ran one after another: an upper bound. */
  simulatedMs: number;
  realMs: number;
  peakHeapMb: number;
  note?: string;
}

/** What a scenario may report: a note, and Jira calls it did not make but stands for (an extrapolated sample). */
export interface Outcome {
  note?: string;
  scale?: { calls: number };
}
export type Scenario = { name: string; run: (forge: LocalForge) => Promise<Outcome | void> };

export const measure = async (forge: LocalForge, scenario: Scenario): Promise<Figures> => {
  forge.jira.log.reset();
  forge.kvs.log.reset();
  global.gc?.();
  let peak = process.memoryUsage().heapUsed;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  const start = performance.now();
  let outcome: Outcome | void;
  try {
    outcome = await scenario.run(forge);
  } finally {
    clearInterval(sampler);
  }
  const realMs = performance.now() - start;
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  const jiraCalls = forge.jira.log.count() + (outcome?.scale?.calls ?? 0);
  const storageOps = forge.kvs.log.count();
  return {
    scenario: scenario.name,
    jiraCalls,
    storageOps,
    simulatedMs: jiraCalls * JIRA_MS + storageOps * STORAGE_MS,
    realMs: Math.round(realMs),
    peakHeapMb: Math.round(peak / 1024 / 1024),
    ...(outcome?.note ? { note: outcome.note } : {}),
  };
};
