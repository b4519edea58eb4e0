// The reconcile scenarios: the real scheduled trigger handlers (hourly: what changed since the last run; daily: a
// full recount, which the hourly runs carry on), run as the platform would run them until the job says it is
// complete. The job decides when to pause from the invocation's remaining time, so it runs on a
// simulated clock (Date.now(), see ./clock.ts): every Jira call moves it by JIRA_MS and every storage operation
// by STORAGE_MS. The invocations then stop and resume exactly where a sequential run at those latencies would
// (the job makes its calls one after another); compute time (real time, reported beside) is not counted.
import { isDeepStrictEqual } from 'node:util';
import type { LocalForge } from '@throughline/local-forge';
import { expectedRollups, storedRollups } from '../test/integration/rollup-oracle';
import { withDateNow } from './clock';
import { withinMemory } from './targets';
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
      // As it goes: a recount at ten times the enterprise runs for a long while here.
      console.error(
        `    invocation ${runs.length}: ${result.outcome}${result.reason ? ` (${result.reason})` : ''} in phase ${result.phase}, ` +
          `${jiraCalls} Jira calls, ${storageOps} storage ops, ${(simulatedMs(jiraCalls, storageOps) / 1000).toFixed(0)} s simulated, ${result.epicsCounted} epics counted`,
      );
      if (result.outcome === 'complete' && result.fullRecountPending !== true) return runs;
    }
    throw new Error(`the reconcile did not complete in ${MAX_INVOCATIONS} invocations`);
  });

interface Detail {
  invocations: Invocation[];
  budgetMs: number;
  /** Whether every stored roll-up equals a count from scratch of what Jira holds (full recounts only). */
  equalsFromScratch?: { equal: boolean; epics: number; goals: number; epicsDiffering: number; goalsDiffering: number };
}

const completes: Scenario['target'] = {
  text: `completes; every invocation ≤ ${RECONCILE_BUDGET_MS / 1000} s simulated and its app heap < 256 MB`,
  met: (f) => (f.detail as Detail).invocations.every((r) => r.simulatedMs <= RECONCILE_BUDGET_MS) && withinMemory(f),
};

/** A full recount: it completes, and leaves exactly the roll-ups a count from scratch gives. */
const recounts: Scenario['target'] = {
  text: `${completes.text}; roll-ups equal a count from scratch`,
  met: (f) => completes.met(f) && (f.detail as Detail).equalsFromScratch?.equal === true,
};

/**
 * The roll-ups the app stored against an independent count of the emulator's issues (the integration tests' oracle),
 * without their times. Outside the measurement's counts: it reads the emulators directly.
 */
const compareFromScratch = (forge: LocalForge): NonNullable<Detail['equalsFromScratch']> => {
  const expected = expectedRollups(forge.jira.state);
  const stored = storedRollups(forge.kvs);
  const differing = <T>(a: Record<string, T>, b: Record<string, T>) =>
    new Set([...Object.keys(a), ...Object.keys(b)]).size - Object.keys(a).filter((k) => k in b && isDeepStrictEqual(a[k], b[k])).length;
  const epicsDiffering = differing(expected.epics, stored.epics);
  const goalsDiffering = differing(expected.goals, stored.goals);
  return {
    equal: epicsDiffering === 0 && goalsDiffering === 0,
    epics: Object.keys(expected.epics).length,
    goals: Object.keys(expected.goals).length,
    epicsDiffering,
    goalsDiffering,
  };
};

/** Issue 10: the hourly run of a site where nothing changed costs at most five Jira calls. */
const cheapWhenNothingChanged: Scenario['target'] = {
  text: `${completes.text}; ≤ 5 Jira calls`,
  met: (f) => completes.met(f) && f.jiraCalls <= 5,
};

const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;

const runFrom =
  (first: string, check: boolean): Scenario['run'] =>
  async (forge) => {
    const runs = await reconcileAll(forge, first);
    const longest = Math.max(...runs.map((r) => r.simulatedMs));
    const counted = runs.reduce((n, r) => n + r.epicsCounted, 0);
    const changed = runs[0]?.changedIssues;
    const equalsFromScratch = check ? compareFromScratch(forge) : undefined;
    const perInvocation = runs.map(
      (r) => `${r.jiraCalls} calls + ${r.storageOps} ops = ${s(r.simulatedMs)} (${r.outcome}${r.reason ? `: ${r.reason}` : ''}, ${r.phase})`,
    );
    return {
      note:
        `${runs.length} invocation(s), longest ${s(longest)} of ${s(RECONCILE_BUDGET_MS)}, ${s(runs.reduce((n, r) => n + r.simulatedMs, 0))} in all; ` +
        `${changed === undefined ? '' : `${changed} issues changed, `}${counted} epics recounted` +
        (equalsFromScratch
          ? `; roll-ups equal a count from scratch: ${equalsFromScratch.equal ? 'yes' : 'NO'} (${equalsFromScratch.epics} epics, ${equalsFromScratch.goals} goals` +
            `${equalsFromScratch.equal ? '' : `; ${equalsFromScratch.epicsDiffering} epics and ${equalsFromScratch.goalsDiffering} goals differ`})`
          : '') +
        (runs.length > 1 ? `\n    ${perInvocation.map((p, i) => `${i + 1}. ${p}`).join('\n    ')}` : ''),
      detail: { invocations: runs, budgetMs: RECONCILE_BUDGET_MS, ...(equalsFromScratch ? { equalsFromScratch } : {}) } satisfies Detail,
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
    run: runFrom(RECONCILE_TRIGGER, false),
  },
  {
    name: `reconcile, hourly: ${CHANGED_BEHIND_THE_APPS_BACK} stories changed whose issue events were lost`,
    target: completes,
    setup: changeBehindTheAppsBack,
    run: runFrom(RECONCILE_TRIGGER, false),
  },
  { name: 'full recount (daily, carried on hourly), roll-ups up to date', target: recounts, run: runFrom(RECOUNT_TRIGGER, true) },
  { name: 'full recount, first run (no roll-ups stored)', target: recounts, setup: withoutRollups, run: runFrom(RECONCILE_TRIGGER, true) },
];
