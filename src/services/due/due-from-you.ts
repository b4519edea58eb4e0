// Use case: "Due from you", what the caller owes now as the leader or manager of goals. Reads the catalog as the
// caller may see it, every goal's latest check-in, the KPIs, the agreement boards and open input (a handful of
// storage operations whatever the caller holds), then the latest value of each manual KPI of the caller's own
// active goals (one read each); the domain decides what is due (src/domain/due/due-items.ts).
import { agreementSignals } from '../../domain/agreements/signals';
import { dueFrom } from '../../domain/due/due-items';
import { holdsRoleOn } from '../../domain/kpi/access';
import type { DueView } from '../../shared/api/due';
import type { Kpi } from '../../shared/model/kpi';
import type { AgreementStore } from '../ports/agreements';
import type { CatalogStore } from '../ports/catalog';
import type { InputStore } from '../ports/input';
import type { CheckInStore, KpiStore, MeasurementStore } from '../ports/kpis';
import { readVisibleCatalog, type GoalVisibilityDeps } from '../goals/goal-visibility';

export interface DueDeps {
  catalog: Pick<CatalogStore, 'read'>;
  viewer: GoalVisibilityDeps;
  checkIns: Pick<CheckInStore, 'latest'>;
  kpis: Pick<KpiStore, 'all'>;
  measurements: Pick<MeasurementStore, 'recent'>;
  agreements: Pick<AgreementStore, 'boards'>;
  inputs: Pick<InputStore, 'openSince'>;
  now(): Date;
}

export const readDueFromYou = async (deps: DueDeps, accountId: string): Promise<DueView> => {
  const now = deps.now();
  const today = now.toISOString().slice(0, 10);
  const [catalog, latest, kpis, boards, open] = await Promise.all([
    readVisibleCatalog(deps),
    deps.checkIns.latest(),
    deps.kpis.all(),
    deps.agreements.boards(),
    deps.inputs.openSince(now.toISOString()),
  ]);
  const mine = new Set(catalog.goals.filter((g) => g.status === 'active' && holdsRoleOn(g, accountId)).map((g) => g.id));
  const manual = kpis.filter((k) => mine.has(k.goalId) && k.source.kind === 'manual');
  const lasts = await Promise.all(manual.map(async (kpi) => ({ kpi, last: (await deps.measurements.recent(kpi.id, 1))[0]?.date ?? null })));
  const kpiTargets = new Map<string, Kpi[]>();
  for (const k of kpis) kpiTargets.set(k.goalId, [...(kpiTargets.get(k.goalId) ?? []), k]);
  const signals = agreementSignals(
    { support: boards.support.agreements, commitments: boards.commitments.commitments, health: boards.health.goals, kpiTargets },
    new Map(catalog.goals.map((g) => [g.id, g])),
    today,
  );
  const { items, leadsNothing } = dueFrom({
    viewer: accountId,
    today,
    goals: catalog.goals,
    lastCheckIn: Object.fromEntries(Object.entries(latest.latest).map(([goalId, c]) => [goalId, c.date])),
    kpis: lasts,
    agreements: signals,
    openInput: open.filter((i) => mine.has(i.goalId)),
  });
  return { today, items, leadsNothing };
};
