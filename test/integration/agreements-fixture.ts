// Helpers of the agreement integration tests: the agreement calls as a persona, the demo goals they name, and the
// storage writes a call made (to prove a refusal stored nothing).
import type { CommitmentView, GoalAgreementsView, SupportView } from '../../src/shared/api/agreements';
import type { SupportAnswer } from '../../src/shared/model/agreement';
import { addDays } from '../../src/domain/kpi/series';
import { DEMO_TODAY } from '../support/demo-day';
import type { DemoForge, PersonaId } from '../support/local-forge';

export const STRATEGY = 'throughline-strategy';

/** "Ship the analytics features that set us apart": led by Tom Becker, managed by the lead (Daniel Okafor). */
export const PRODUCT = 'g-product-differentiation';
/** "Reliable, fast engineering delivery": led by Anika Sharma, managed by Marcus Reid; no persona holds a role on it. */
export const ENGINEERING = 'g-engineering-excellence';
/** "Dashboards 3.0", under PRODUCT: managed by the lead. */
export const DASHBOARDS = 'g-dashboards-v3';
/** "EU data residency region": no persona holds a role on it. */
export const EU_REGION = 'g-eu-region';
/** The restricted acquisition goal: managed by the exec; the member and the outsider may not see it. */
export const RESTRICTED = 'g-atlas-integration';

export const later = (days: number): string => addDays(DEMO_TODAY, days);

export type Out<T> = { ok: boolean; data?: T; error?: { code: string; message: string; details?: unknown } };

const MUTATING = new Set(['set', 'delete', 'entity/set', 'entity/delete', 'batch/set', 'batch/delete', 'transaction']);

export const agreementsOf = (t: DemoForge) => {
  const call = <T>(who: PersonaId | null, functionKey: string, payload: unknown) => t.as(who, { moduleKey: STRATEGY, functionKey, payload }) as Promise<Out<T>>;
  return {
    call,
    propose: (who: PersonaId | null, fromGoalId: string, toGoalId: string, over: Record<string, unknown> = {}) =>
      call<SupportView>(who, 'agreements/propose', { input: { fromGoalId, toGoalId, ask: 'Nightly exports of usage data', neededBy: later(60), ...over } }),
    answer: (who: PersonaId | null, id: string, expectedVersion: number, answer: SupportAnswer | Record<string, unknown>) =>
      call<SupportView>(who, 'agreements/answer', { id, expectedVersion, answer }),
    commit: (who: PersonaId | null, goalId: string, expectedVersion: number | null, over: Record<string, unknown> = {}) =>
      call<CommitmentView>(who, 'agreements/commit', {
        input: { goalId, state: 'committed', text: 'We carry 30% of the parent’s target by Q2', expectedVersion, ...over },
      }),
    get: (who: PersonaId | null, id: string) => call<SupportView>(who, 'agreements/get', { id }),
    forGoal: (who: PersonaId | null, goalId: string) => call<GoalAgreementsView>(who, 'agreements/for-goal', { goalId }),
  };
};

/** The storage writes that succeeded while `run` ran. */
export const writesDuring = async <T>(t: DemoForge, run: () => Promise<T>): Promise<{ out: T; writes: string[] }> => {
  const before = t.forge.kvs.log.entries().length;
  const out = await run();
  const writes = t.forge.kvs.log
    .entries()
    .slice(before)
    .filter((e) => MUTATING.has(e.op) && e.status < 300)
    .map((e) => e.op);
  return { out, writes };
};

/** Fails with the envelope's error when the call did not succeed. */
export const okData = <T>(out: Out<T>): T => {
  if (!out.ok) throw new Error(`expected success, got ${JSON.stringify(out.error)}`);
  return out.data!;
};
