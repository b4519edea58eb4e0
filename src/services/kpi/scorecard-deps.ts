// The ports the scorecard use cases read and write through, and the checks they share: who may record on a
// goal, and finding what a request names. Production adapters are wired in src/wiring/deps.ts.
import { mayRecordOn } from '../../domain/kpi/access';
import { AppFailure } from '../../shared/errors';
import type { GoalSummary } from '../../shared/model/goal';
import type { HealthBands, Kpi } from '../../shared/model/kpi';
import type { RelianceLine } from '../../shared/api/agreements';
import type { CatalogStore } from '../ports/catalog';
import type { GoalVisibilityDeps } from '../goals/goal-visibility';
import type { CheckInStore, GoalHealthStore, KpiStore, MeasurementStore } from '../ports/kpis';
import type { InputStore } from '../ports/input';
import { readVisibleCatalog } from '../goals/goal-visibility';

export interface ScorecardDeps {
  /** The whole catalog; a use case sees it through `viewer` (readVisibleCatalog), restricted goals cut. */
  catalog: Pick<CatalogStore, 'read'>;
  /** Who is asking, for the visibility step. */
  viewer: GoalVisibilityDeps;
  kpis: KpiStore;
  measurements: MeasurementStore;
  checkIns: CheckInStore;
  /** Input from the work, which a check-in may take. */
  inputs: InputStore;
  /** Every goal's KPI health, materialized for the issue panel. */
  health: GoalHealthStore;
  /** Bands for KPIs without their own: the admin page's default. */
  defaultBands(): Promise<HealthBands>;
  /** Whether the caller is a strategy editor (asked of Jira as the caller; ask only when needed). */
  isEditor(): Promise<boolean>;
  /** Null when the JQL parses, else what is wrong. */
  jqlProblem(jql: string): string | null;
  /** Share of each goal's work done (0…1), from the roll-ups; goals without a figure are absent. */
  deliveryProgress(goalIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Of these goals, those with no work the caller can see (the diagnosis says so); absent: none is told apart. */
  unseenWork?(goalIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** Of these goals, those no work at all serves, seen or not (their diagnosis says none is aligned yet). */
  unalignedWork?(goalIds: readonly string[]): Promise<ReadonlySet<string>>;
  /** The agreed support each goal relies on that is at risk, as the caller may read it (shown next to the diagnosis). */
  agreementsAtRisk?(goalIds: readonly string[]): Promise<ReadonlyMap<string, RelianceLine[]>>;
  now(): Date;
  newId(prefix: string): string;
  auditId(): string;
}

export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

/** Asks once, however often it is called: the editor check costs Jira calls. */
export const once = <T>(f: () => Promise<T>): (() => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= f());
};

export const goalFor = async (deps: Pick<ScorecardDeps, 'catalog' | 'viewer'>, goalId: string): Promise<GoalSummary> => {
  const goal = (await readVisibleCatalog(deps)).goals.find((g) => g.id === goalId);
  if (!goal) throw new AppFailure('NOT_FOUND', 'This goal does not exist');
  return goal;
};

/** One answer for a KPI that does not exist and for one whose goal the viewer may not see: it never tells them apart. */
const KPI_NOT_FOUND = 'This KPI does not exist, or you may not see it';

export const kpiFor = async (deps: Pick<ScorecardDeps, 'kpis'>, kpiId: string): Promise<Kpi> => {
  const kpi = await deps.kpis.get(kpiId);
  if (!kpi) throw new AppFailure('NOT_FOUND', KPI_NOT_FOUND);
  return kpi;
};

/** A KPI and its goal as the viewer's catalog has it; a hidden goal's KPI answers exactly as a missing KPI. */
export const kpiWithGoal = async (deps: Pick<ScorecardDeps, 'kpis' | 'catalog' | 'viewer'>, kpiId: string): Promise<{ kpi: Kpi; goal: GoalSummary }> => {
  const kpi = await kpiFor(deps, kpiId);
  const goal = (await readVisibleCatalog(deps)).goals.find((g) => g.id === kpi.goalId);
  if (!goal) throw new AppFailure('NOT_FOUND', KPI_NOT_FOUND);
  return { kpi, goal };
};

/** Strategy editors, and the goal's leader and manager (checked first: it needs no Jira call). */
export const requireRecorder = async (deps: Pick<ScorecardDeps, 'isEditor'>, goal: GoalSummary, accountId: string): Promise<void> => {
  if (mayRecordOn(goal, accountId, false)) return;
  if (mayRecordOn(goal, accountId, await deps.isEditor())) return;
  throw new AppFailure('FORBIDDEN', 'Only strategy editors and the goal’s leader and manager may record on this goal');
};

export const requireEditor = async (deps: Pick<ScorecardDeps, 'isEditor'>): Promise<void> => {
  if (!(await deps.isEditor())) throw new AppFailure('FORBIDDEN', 'Only strategy editors may change KPIs');
};

export const requireOpenGoal = (goal: GoalSummary): void => {
  if (goal.status === 'archived') throw new AppFailure('VALIDATION', 'This goal is archived; restore it first');
};
