// The targets the scenarios are held to: issue 4 §5 and DESIGN.md's performance shape.
import { JIRA_MS, type Figures, type Target } from './harness';

/** Forge's resolver limit and function memory: every user-facing scenario must stay well under them. */
export const RESOLVER_LIMIT_MS = 25_000;
export const FUNCTION_MEMORY_MB = 256;
/** The most any resolver may answer (the platform refuses 5 MB; DESIGN.md keeps every answer under 1 MB). */
export const RESPONSE_LIMIT_BYTES = 1024 * 1024;

const both = (a: Target, b: Target): Target => ({ text: `${a.text}; ${b.text}`, met: (f) => a.met(f) && b.met(f) });

/** The app's heap: its own thread's peak when the scenario ran there, else the process's added heap (an upper bound). */
export const appHeapMb = (f: Figures): number => f.app?.peakMb ?? f.addedHeapMb;

/** Within the function's memory: the app's thread completed under its limit, or the process's added heap stayed under it. */
export const withinMemory = (f: Figures): boolean => appHeapMb(f) < FUNCTION_MEMORY_MB;

export const userFacing: Target = {
  text: `< ${RESOLVER_LIMIT_MS / 1000} s simulated, app heap < ${FUNCTION_MEMORY_MB} MB, answers ≤ 1 MB`,
  met: (f) => f.simulatedMs < RESOLVER_LIMIT_MS && withinMemory(f) && (f.responseBytes ?? 0) <= RESPONSE_LIMIT_BYTES,
};

export const atMost = (calls: number, ops: number, also: Target = userFacing): Target =>
  both(
    {
      text: `≤ ${calls} Jira call${calls === 1 ? '' : 's'}, ≤ ${ops} storage op${ops === 1 ? '' : 's'}`,
      met: (f: Figures) => f.jiraCalls <= calls && f.storageOps <= ops,
    },
    also,
  );

/** Judged on the wall time at the injected latency when the scenario measures it, else on the sequential sum. */
export const within = (seconds: number, also: Target = userFacing): Target =>
  both({ text: `≤ ${seconds} s at ${JIRA_MS} ms per Jira call`, met: (f: Figures) => (f.atLatencyMs ?? f.simulatedMs) <= seconds * 1000 }, also);
