// A local Forge with the demo organisation, for integration tests: the real handlers, emulators and personas.
import { ISSUE_TYPES, PERSONAS, type DemoOrganisation } from '../../dev/demo';
import { clockAfter, createLocalForge, type InvokeRequest, type LocalForge } from '../../dev/throughline-host';
import type { DayClock } from '@throughline/local-forge';
import { DEMO_TODAY } from './demo-day';
import { seededDemo } from './seeded-demo';
import type { JiraIssue } from '@throughline/local-forge/jira';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';

export type PersonaId = 'exec' | 'lead' | 'member' | 'outsider';
export const accountOf = (id: PersonaId): string => PERSONAS.find((p) => p.id === id)!.accountId;

export interface DemoForge {
  forge: LocalForge;
  demo: DemoOrganisation;
  /** The clock of the app and the emulators: noon on the demo day, moved by tests of another day. */
  clock: DayClock;
  /** Invoke as a persona; `extension` defaults to nothing. Returns the resolver's envelope. */
  as(
    persona: PersonaId | null,
    req: Omit<InvokeRequest, 'accountId'>,
  ): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string; details?: unknown } }>;
  issue(pred: (i: JiraIssue) => boolean): JiraIssue;
  keyOf(id: string): string;
}

/**
 * A fresh local Forge with the demo organisation on `today` (the demo day unless a test needs another), the
 * app's clock on that day. Every call starts from what seeding storage and building the roll-ups (as `npm start`
 * does) stored on that day, seeded once per test run (test/support/seeded-demo.ts): Jira from the demo's seed,
 * storage from the snapshot, the clock from where seeding left it, so every test still gets its own Jira and storage.
 */
export const demoForge = async (today: string = DEMO_TODAY): Promise<DemoForge> => {
  const seeded = await seededDemo(today);
  const clock = clockAfter(seeded);
  // The emulator copies its seed (it owns its world) and storage shares the snapshot's values without changing
  // them, so the run's seeded demo is handed over as is. A test that reads `demo` gets its own copy, made then.
  const forge = await createLocalForge({ seed: seeded.demo.jira, strategy: seeded.demo.strategy, clock, kvsSnapshot: seeded.kvs });
  const issues = forge.jira.state.issues;
  let demo: DemoOrganisation | undefined;
  return {
    forge,
    get demo() {
      demo ??= structuredClone(seeded.demo);
      return demo;
    },
    clock,
    as: async (persona, req) => (await forge.invoke({ ...req, ...(persona ? { accountId: accountOf(persona) } : {}) })) as never,
    issue: (pred) => {
      const found = issues.find(pred);
      if (!found) throw new Error('no such issue in the demo');
      return found;
    },
    keyOf: (id) => issues.find((i) => i.id === id)!.key,
  };
};

export const isEpic = (i: JiraIssue): boolean => i.issueTypeId === ISSUE_TYPES.epic.id;
export const isSubtask = (i: JiraIssue): boolean => i.issueTypeId === ISSUE_TYPES.subtask.id;
export const hasTag = (i: JiraIssue): boolean => i.properties[EPIC_TAG_PROPERTY] !== undefined;
