// Helpers of the scorecard integration tests: the demo organisation on a local Forge with the app's clock on the
// demo's day, calls of the strategy page as a persona, and reads of what storage holds.
import { auditHistory } from '../../src/platform/storage/audit-log';
import { forgeMeasurementStore } from '../../src/platform/storage/measurement-store';
import type { GoalScorecard, ScorecardsView } from '../../src/shared/api/scorecards';
import type { Kpi, KpiInput, Measurement } from '../../src/shared/model/kpi';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';

export const MODULE = 'throughline-strategy';
/** The daily scheduled trigger: automatic measures, then every goal's health. */
export const KPI_JOB = 'throughline-kpi-measures';
/** The demo KPI on Dashboards 3.0, whose manager is the persona `lead`. */
export const LEAD_KPI = 'k-dashboard-migration';
/** A demo KPI on "Grow ARR", a goal `lead` holds no role on. */
export const OTHER_KPI = 'k-arr';

export interface Fixture {
  t: DemoForge;
  call(persona: PersonaId | null, functionKey: string, payload?: unknown): ReturnType<DemoForge['as']>;
  overview(persona?: PersonaId): Promise<ScorecardsView>;
  goal(goalId: string, persona?: PersonaId): Promise<GoalScorecard>;
  kpi(kpiId: string): Promise<Kpi>;
  /** Everything stored for a KPI, newest first, read straight from storage. */
  stored(kpiId: string): Promise<Measurement[]>;
  history(entityId: string): ReturnType<typeof auditHistory>;
  /** Runs the daily KPI job (measures, then every goal's health) as the platform's scheduler would. */
  dailyJob(): Promise<{ statusCode: number; body: string }>;
}

export const scorecardFixture = async (): Promise<Fixture> => {
  const t = await demoForge();
  const call: Fixture['call'] = (persona, functionKey, payload = {}) => t.as(persona, { moduleKey: MODULE, functionKey, payload });
  const data = async <T>(persona: PersonaId, key: string, payload: unknown = {}): Promise<T> => {
    const out = await call(persona, key, payload);
    if (!out.ok) throw new Error(`${key} failed: ${JSON.stringify(out.error)}`);
    return out.data as T;
  };
  const overview = (persona: PersonaId = 'exec') => data<ScorecardsView>(persona, 'scorecards/overview');
  const goal = (goalId: string, persona: PersonaId = 'exec') => data<GoalScorecard>(persona, 'scorecards/goal', { goalId });
  const kpi = async (kpiId: string) => {
    const found = (await overview()).goals.flatMap((g) => g.kpis).find((k) => k.kpi.id === kpiId);
    if (!found) throw new Error(`no KPI ${kpiId}`);
    return found.kpi;
  };
  const dailyJob = async () => (await t.forge.runScheduledTrigger(KPI_JOB)) as { statusCode: number; body: string };
  return { t, call, overview, goal, kpi, stored: (kpiId) => forgeMeasurementStore.recent(kpiId, 100), history: (id) => auditHistory(id, 50), dailyJob };
};

export const inputOf = (k: Kpi, over: Partial<KpiInput> = {}): KpiInput => {
  const { id: _id, version: _v, ...input } = k;
  return { ...input, ...over } as KpiInput;
};

/** A valid new KPI on the demo's "Grow ARR" goal. */
export const newKpi = (over: Partial<KpiInput> = {}): KpiInput => ({
  goalId: 'g-grow-arr',
  name: 'Expansion revenue',
  category: 'sales',
  unit: '$M',
  baseline: { value: 4, date: '2026-01-01' },
  target: { direction: 'increase', value: 9 },
  targetDate: '2026-12-31',
  bands: null,
  cadence: 'monthly',
  source: { kind: 'manual' },
  ...over,
});
