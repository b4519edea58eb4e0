// Production dependencies of the goal health use cases: the stores, the admin page's default bands and the
// clock. The daily job, the scorecard use cases and the settings page use them.
import { forgeCatalogStore } from '../platform/storage/catalog-store';
import { forgeGoalHealthStore } from '../platform/storage/goal-health-store';
import { forgeKpiStore } from '../platform/storage/kpi-store';
import { forgeMeasurementStore } from '../platform/storage/measurement-store';
import { forgeSettingsStore } from '../platform/storage/settings-store';
import type { GoalHealthDeps } from '../services/kpi/goal-health';
import { healthBandsOf } from '../shared/model/settings';
import type { HealthBands } from '../shared/model/kpi';
import type { Env } from './env';

export const defaultBands = async (): Promise<HealthBands> => healthBandsOf((await forgeSettingsStore.read()).defaultHealthBands);

export const goalHealthDeps = (env: Env): GoalHealthDeps => ({
  catalog: forgeCatalogStore,
  kpis: forgeKpiStore,
  measurements: forgeMeasurementStore,
  health: forgeGoalHealthStore,
  defaultBands,
  now: () => env.clock.now(),
});
