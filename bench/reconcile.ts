// The reconcile scenarios: the real scheduled trigger handler, run as the platform would run it until the job
// says it is complete. The job decides when to pause from the invocation's remaining time, so it runs on a
// simulated clock (Date.now(), see ./clock.ts): every Jira call moves it by JIRA_MS and every storage operation
// by STORAGE_MS. The invocations then stop and resume exactly where a sequential run at those latencies would
// (the job makes its calls one after another); compute time (real time, reported beside) is not counted.
import type { LocalForge } from '@throughline/local-forge';
import { withDateNow } from './clock';
import { JIRA_MS, simulatedMs, STORAGE_MS, type Scenario } from './harness';

export const RECONCILE_TRIGGER = 'throughline-reconcile-rollups';
/** The reconcile function's timeoutSeconds in manifest.yml: the most a scheduled function may run. */
export const RECONCILE_BUDGET_MS = 900_000;
/** More than this many invocations for one pass would mean the job does not make progress. */
const MAX_INVOCATIONS = 20;

export interface Invocation {
  outcome: string;
  reason?: string;
  phase: string;
  epicsCounted: number;
  epicsRemoved: number;
  goalsRebuilt: number;
  jiraCalls: number;
  storageOps: number;
  simulatedMs: number;
}

/** Runs `f` with every Jira call and storage operation advancing a simulated Date.now(). */
const onSimulatedClock = async <T>(forge: LocalForge, f: () => Promise<T>): Promise<T> => {
  const { jira, kvs } = forge;
  const jiraFetch = jira.fetch;
  const kvsFetch = kvs.fetch;
  let now = Date.now();
  jira.fetch = (...args) => {
    now += JIRA_MS;
    return jiraFetch(...args);
  };
  kvs.fetch = (...args) => {
    now += STORAGE_MS;
    return kvsFetch(...args);
  };
  try {
    return await withDateNow(() => now, f);
  } finally {
    jira.fetch = jiraFetch;
    kvs.fetch = kvsFetch;
  }
};

const parseBody = (response: unknown): Omit<Invocation, 'jiraCalls' | 'storageOps' | 'simulatedMs'> => {
  const body = (response as { body?: string }).body;
  if (typeof body !== 'string') throw new Error(`the reconcile trigger answered ${JSON.stringify(response)}`);
  return JSON.parse(body) as Omit<Invocation, 'jiraCalls' | 'storageOps' | 'simulatedMs'>;
};

/** Every invocation one complete pass over all roll-ups takes, with what each did and its simulated time. */
export const reconcileAll = (forge: LocalForge): Promise<Invocation[]> =>
  onSimulatedClock(forge, async () => {
    const runs: Invocation[] = [];
    while (runs.length < MAX_INVOCATIONS) {
      const calls = forge.jira.log.count();
      const ops = forge.kvs.log.count();
      const result = parseBody(await forge.runScheduledTrigger(RECONCILE_TRIGGER));
      const jiraCalls = forge.jira.log.count() - calls;
      const storageOps = forge.kvs.log.count() - ops;
      runs.push({ ...result, jiraCalls, storageOps, simulatedMs: simulatedMs(jiraCalls, storageOps) });
      if (result.outcome === 'complete') return runs;
    }
    throw new Error(`the reconcile did not complete in ${MAX_INVOCATIONS} invocations`);
  });

interface Detail {
  invocations: Invocation[];
  budgetMs: number;
}

const target: Scenario['target'] = {
  text: `completes; every invocation ≤ ${RECONCILE_BUDGET_MS / 1000} s simulated`,
  met: (f) => (f.detail as Detail).invocations.every((r) => r.simulatedMs <= RECONCILE_BUDGET_MS),
};

const run: Scenario['run'] = async (forge) => {
  const runs = await reconcileAll(forge);
  const longest = Math.max(...runs.map((r) => r.simulatedMs));
  const counted = runs.reduce((n, r) => n + r.epicsCounted, 0);
  return {
    note: `${runs.length} invocation(s), longest ${(longest / 1000).toFixed(0)} s of ${RECONCILE_BUDGET_MS / 1000} s; ${counted} epics recounted`,
    detail: { invocations: runs, budgetMs: RECONCILE_BUDGET_MS } satisfies Detail,
  };
};

/** Drops every roll-up and the job's cursor, as on a fresh install: the reconcile then writes everything anew. */
const withoutRollups = (forge: LocalForge): void => {
  const snapshot = forge.kvs.snapshot();
  delete snapshot.entities['epic-rollup'];
  delete snapshot.entities['goal-rollup'];
  for (const key of Object.keys(snapshot.keys)) if (key.includes('rollup-reconcile')) delete snapshot.keys[key];
  forge.kvs.load(snapshot);
};

export const reconcileScenarios: Scenario[] = [
  { name: 'reconcile of all roll-ups, hourly (roll-ups up to date)', target, run },
  { name: 'reconcile of all roll-ups, first run (no roll-ups stored)', target, setup: withoutRollups, run },
];
