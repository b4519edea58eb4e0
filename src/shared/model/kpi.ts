// KPIs on a goal, tracked against targets, and the measurements recorded for them.
import { z } from 'zod';
import { AccountId, EntityId, FiniteNumber, IsoDate, Version } from './common';

export const KpiCategory = z.enum(['operational', 'sales', 'customer', 'custom']);
export type KpiCategory = z.infer<typeof KpiCategory>;

export const Cadence = z.enum(['weekly', 'monthly', 'quarterly']);
export type Cadence = z.infer<typeof Cadence>;

export const KpiTarget = z.discriminatedUnion('direction', [
  z.object({ direction: z.literal('increase'), value: FiniteNumber }),
  z.object({ direction: z.literal('decrease'), value: FiniteNumber }),
  z.object({ direction: z.literal('range'), min: FiniteNumber, max: FiniteNumber }),
]);
export type KpiTarget = z.infer<typeof KpiTarget>;

/** Fractions of the progress expected by now: at or above onTrack is on track, at or above atRisk is at risk. */
export const HealthBands = z.object({ onTrack: z.number().min(0).max(2), atRisk: z.number().min(0).max(2) });
export type HealthBands = z.infer<typeof HealthBands>;
export const DEFAULT_BANDS: HealthBands = { onTrack: 0.95, atRisk: 0.85 };

export const KpiSource = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('manual') }),
  z.object({ kind: z.literal('jql-count'), jql: z.string().min(1).max(2000) }),
  z.object({ kind: z.literal('jql-ratio'), numerator: z.string().min(1).max(2000), denominator: z.string().min(1).max(2000) }),
]);
export type KpiSource = z.infer<typeof KpiSource>;

export const Kpi = z.object({
  id: EntityId,
  goalId: EntityId,
  name: z.string().trim().min(1).max(255),
  category: KpiCategory,
  unit: z.string().max(32),
  baseline: z.object({ value: FiniteNumber, date: IsoDate }),
  target: KpiTarget,
  targetDate: IsoDate,
  bands: HealthBands.nullable(),
  cadence: Cadence,
  source: KpiSource,
  version: Version,
});
export type Kpi = z.infer<typeof Kpi>;

export const Measurement = z.object({
  id: EntityId,
  kpiId: EntityId,
  date: IsoDate,
  value: FiniteNumber,
  note: z.string().max(2000),
  by: AccountId,
  recordedAt: z.string(),
});
export type Measurement = z.infer<typeof Measurement>;
