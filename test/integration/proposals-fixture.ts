// Helpers of the proposal integration tests: the demo on a local Forge, the sub-goal and proposal calls of the
// strategy workspace as a persona, and what storage holds, read straight from it.
import { forgeCatalogStore } from '../../src/platform/storage/catalog-store';
import { forgeProposalStore } from '../../src/platform/storage/proposal-store';
import type { GoalProposalsView, MyGoalsView, ProposalView } from '../../src/shared/api/proposals';
import type { Goal } from '../../src/shared/model/goal';
import type { Proposal } from '../../src/shared/model/proposal';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';

export const STRATEGY = 'throughline-strategy';
/** Led by Tom Becker, managed by the lead; member's story INS-3 serves it. */
export const DASHBOARDS = 'g-dashboards-v3';
/** Managed by the lead (led by Tom Becker). */
export const ANALYTICS = 'g-product-differentiation';
/** Led by Anika Sharma, managed by Marcus Reid: the lead holds no role on it. */
export const ENGINEERING = 'g-engineering-excellence';
/** Restricted: the member may not see it. */
export const RESTRICTED = 'g-atlas-integration';

type Envelope = Awaited<ReturnType<DemoForge['as']>>;

export const subGoal = (over: Record<string, unknown> = {}) => ({
  title: 'Cut flaky tests in half',
  description: '',
  level: 'project',
  leaderId: null,
  managerId: null,
  timeframe: { start: null, end: null },
  ...over,
});

export interface ProposalFixture {
  t: DemoForge;
  add(persona: PersonaId | null, parentId: string, input?: Record<string, unknown>): Promise<Envelope>;
  propose(persona: PersonaId | null, parentId: string, input?: Record<string, unknown>): Promise<Envelope>;
  ofGoal(persona: PersonaId | null, goalId: string): Promise<Envelope>;
  decide(persona: PersonaId | null, proposalId: string, decision: unknown, expectedVersion?: number): Promise<Envelope>;
  mine(persona: PersonaId | null): Promise<Envelope>;
  /** Everything stored about proposals and goals, straight from storage. */
  stored(): Promise<{ proposals: Proposal[]; goals: string[] }>;
}

export const proposalFixture = async (): Promise<ProposalFixture> => {
  const t = await demoForge();
  const call = (persona: PersonaId | null, functionKey: string, payload: unknown) => t.as(persona, { moduleKey: STRATEGY, functionKey, payload });
  return {
    t,
    add: (persona, parentId, input = subGoal()) => call(persona, 'goals/add-sub-goal', { parentId, input }),
    propose: (persona, parentId, input = subGoal()) => call(persona, 'goals/propose', { parentId, input }),
    ofGoal: (persona, goalId) => call(persona, 'goals/proposals', { goalId }),
    decide: async (persona, proposalId, decision, expectedVersion) =>
      call(persona, 'goals/decide-proposal', {
        proposalId,
        decision,
        expectedVersion: expectedVersion ?? (await forgeProposalStore.get(proposalId))?.version ?? 1,
      }),
    mine: (persona) => call(persona, 'goals/mine', {}),
    stored: async () => {
      const goals = (await forgeCatalogStore.read()).goals.map((g) => g.id);
      const ids = new Set(goals);
      const all = (await Promise.all([...ids].map((id) => forgeProposalStore.ofParent(id)))).flat();
      return { proposals: all.sort((a, b) => a.id.localeCompare(b.id)), goals };
    },
  };
};

const data = <T>(e: Envelope): T => {
  if (!e.ok) throw new Error(`expected success: ${JSON.stringify(e.error)}`);
  return e.data as T;
};
export const proposal = (e: Envelope) => data<ProposalView>(e);
export const goal = (e: Envelope) => data<Goal>(e);
export const page = (e: Envelope) => data<GoalProposalsView>(e);
export const mine = (e: Envelope) => data<MyGoalsView>(e);

const writes = (t: DemoForge) =>
  t.forge.kvs.log
    .entries()
    .filter((e) => /set|delete|transaction/.test(e.op))
    .map((e) => e.op);

/** Runs a call that must be refused: answers the code, storage takes no write and holds what it held. */
export const refusedWith = async (fx: ProposalFixture, call: () => Promise<Envelope>, code: string) => {
  const before = JSON.stringify(await fx.stored());
  fx.t.forge.kvs.log.reset();
  const out = await call();
  expect(out.ok ? 'ok' : out.error!.code).toBe(code);
  expect(writes(fx.t)).toEqual([]);
  expect(JSON.stringify(await fx.stored())).toBe(before);
  return out.error!;
};

/** Makes `accountId` the manager of a goal, as the exec (a strategy editor) would in the catalog. */
export const makeManager = async (fx: ProposalFixture, goalId: string, accountId: string) => {
  const detail = (await fx.t.as('exec', { moduleKey: STRATEGY, functionKey: 'catalog/get', payload: { id: goalId } })).data as { goal: Goal };
  const { id: _i, version, createdAt: _c, updatedAt: _u, updatedBy: _b, archivedFrom: _a, ...editable } = detail.goal;
  const out = await fx.t.as('exec', {
    moduleKey: STRATEGY,
    functionKey: 'catalog/update',
    payload: { id: goalId, expectedVersion: version, input: { ...editable, managerId: accountId } },
  });
  if (!out.ok) throw new Error(JSON.stringify(out.error));
};
