// The reconcile scenarios: the real scheduled trigger handlers (hourly: what changed since the last run; daily: a
// full recount, which the hourly runs carry on), run as the platform would run them until the job says it is
// complete. The job decides when to pause from the invocation's remaining time, so it runs on a
// simulated clock (Date.now(), see ./clock.ts): every Jira call moves it by JIRA_MS and every storage operation
// by STORAGE_MS. The invocations then stop and resume exactly where a sequential run at those latencies would
// (the job makes its calls one after another); compute time (real time, reported beside) is not counted.
import type { LocalForge } from '@throughline/local-forge';
import { withDateNow } from './clock';
import { JIRA_MS, simulatedMs, STORAGE_MS, type Scenario } from './harness';

export const RECONCILE_TRIGGER = 'throughline-reconcile-rollups';
export const RECOUNT_TRIGGER = 'throughline-recount-rollups';
/** The reconcile function's timeoutSeconds in manifest.yml: the most a scheduled function may run. */
export const RECONCILE_BUDGET_MS = 900_000;
/** More than this many invocations for one pass would mean the job does not make progress. */
const MAX_INVOCATIONS = 20;

export interface Invocation {
  trigger: string;
  outcome: string;
  changedIssues?: number;
  fullRecountPending?: boolean;
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

type Body = Omit<Invocation, 'trigger' | 'jiraCalls' | 'storageOps' | 'simulatedMs'>;

const parseBody = (response: unknown): Body => {
  const body = (response as { body?: string }).body;
  if (typeof body !== 'string') throw new Error(`the reconcile trigger answered ${JSON.stringify(response)}`);
  return JSON.parse(body) as Body;
};

/**
 * Every invocation until the job is done: `first` once, then the hourly trigger (which carries on a full recount
 * under way) until a run completes with no full recount pending; with what each did and its simulated time.
 */
export const reconcileAll = (forge: LocalForge, first = RECONCILE_TRIGGER): Promise<Invocation[]> =>
  onSimulatedClock(forge, async () => {
    const runs: Invocation[] = [];
    while (runs.length < MAX_INVOCATIONS) {
      const trigger = runs.length === 0 ? first : RECONCILE_TRIGGER;
      const calls = forge.jira.log.count();
      const ops = forge.kvs.log.count();
      const result = parseBody(await forge.runScheduledTrigger(trigger));
      const jiraCalls = forge.jira.log.count() - calls;
      const storageOps = forge.kvs.log.count() - ops;
      runs.push({ trigger, ...result, jiraCalls, storageOps, simulatedMs: simulatedMs(jiraCalls, storageOps) });
      if (result.outcome === 'complete' && result.fullRecountPending !== true) return runs;
    }
    throw new Error(`the reconcile did not complete in ${MAX_INVOCATIONS} invocations`);
  });

interface Detail {
  invocations: Invocation[];
  budgetMs: number;
}

const completes: Scenario['target'] = {
  text: `completes; every invocation ≤ ${RECONCILE_BUDGET_MS / 1000} s simulated`,
  met: (f) => (f.detail as Detail).invocations.every((r) => r.simulatedMs <= RECONCILE_BUDGET_MS),
};

/** Issue 10: the hourly run of a site where nothing changed costs at most five Jira calls. */
const cheapWhenNothingChanged: Scenario['target'] = {
  text: `${completes.text}; ≤ 5 Jira calls`,
  met: (f) => completes.met(f) && f.jiraCalls <= 5,
};

const runFrom =
  (first: string): Scenario['run'] =>
  async (forge) => {
    const runs = await reconcileAll(forge, first);
    const longest = Math.max(...runs.map((r) => r.simulatedMs));
    const counted = runs.reduce((n, r) => n + r.epicsCounted, 0);
    const changed = runs[0]?.changedIssues;
    return {
      note:
        `${runs.length} invocation(s), longest ${(longest / 1000).toFixed(0)} s of ${RECONCILE_BUDGET_MS / 1000} s; ` +
        `${changed === undefined ? '' : `${changed} issues changed, `}${counted} epics recounted`,
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

/** Stories changed in Jira whose issue events never reached the app (as if the trigger had been down). */
export const CHANGED_BEHIND_THE_APPS_BACK = 100;

const changeBehindTheAppsBack = (forge: LocalForge): void => {
  const state = forge.jira.state;
  const epics = new Set(state.issues.filter((i) => i.parentId === undefined).map((i) => i.id));
  const done = state.statuses.find((s) => s.category === 'done')!.id;
  const stories = state.issues.filter((i) => i.parentId !== undefined && epics.has(i.parentId) && i.statusId !== done);
  const step = Math.max(1, Math.floor(stories.length / CHANGED_BEHIND_THE_APPS_BACK));
  const now = new Date().toISOString();
  for (let at = 0; at < CHANGED_BEHIND_THE_APPS_BACK && at * step < stories.length; at++) Object.assign(stories[at * step]!, { statusId: done, updated: now });
};

export const reconcileScenarios: Scenario[] = [
  {
    name: 'reconcile, hourly: nothing changed since its last run',
    target: cheapWhenNothingChanged,
    setup: async (forge) => void (await forge.runScheduledTrigger(RECONCILE_TRIGGER)),
    run: runFrom(RECONCILE_TRIGGER),
  },
  {
    name: `reconcile, hourly: ${CHANGED_BEHIND_THE_APPS_BACK} stories changed whose issue events were lost`,
    target: completes,
    setup: changeBehindTheAppsBack,
    run: runFrom(RECONCILE_TRIGGER),
  },
  { name: 'full recount (daily, carried on hourly), roll-ups up to date', target: completes, run: runFrom(RECOUNT_TRIGGER) },
  { name: 'full recount, first run (no roll-ups stored)', target: completes, setup: withoutRollups, run: runFrom(RECONCILE_TRIGGER) },
];
