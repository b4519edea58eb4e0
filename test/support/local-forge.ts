// A local Forge with the demo organisation, for integration tests: the real handlers, emulators and personas.
import { buildDemoOrganisation, ISSUE_TYPES, PERSONAS, type DemoOrganisation } from '../../dev/demo';
import { createLocalForge, type InvokeRequest, type LocalForge } from '../../dev/runtime/local-forge';
import { todayUtc } from '../../dev/runtime/today';
import type { JiraIssue } from '../../dev/jira/model';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';

export type PersonaId = 'exec' | 'lead' | 'member' | 'outsider';
export const accountOf = (id: PersonaId): string => PERSONAS.find((p) => p.id === id)!.accountId;

export interface DemoForge {
  forge: LocalForge;
  demo: DemoOrganisation;
  /** Invoke as a persona; `extension` defaults to nothing. Returns the resolver's envelope. */
  as(persona: PersonaId | null, req: Omit<InvokeRequest, 'accountId'>): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string; details?: unknown } }>;
  issue(pred: (i: JiraIssue) => boolean): JiraIssue;
  keyOf(id: string): string;
}

export const demoForge = async (): Promise<DemoForge> => {
  const demo = buildDemoOrganisation({ today: todayUtc() });
  const forge = await createLocalForge({ seed: structuredClone(demo.jira), strategy: demo.strategy });
  const issues = forge.jira.state.issues;
  return {
    forge,
    demo,
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
