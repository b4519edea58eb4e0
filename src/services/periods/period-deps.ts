// The ports and checks the period use cases share: who may define and close periods, finding a period, and which
// goals of a snapshot the reader may see (the live visibility rule, applied to the frozen facts and to today's).
import { hasRestrictedGoal, visibleGoalIds, workIndexOf } from '../../domain/goals/visibility';
import { AppFailure } from '../../shared/errors';
import type { Period, PeriodCalendar, GoalSnapshot } from '../../shared/model/period';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { Settings } from '../../shared/model/settings';
import type { CatalogStore } from '../ports/catalog';
import type { AgreementBoards } from '../ports/agreements';
import type { PeriodStore } from '../ports/periods';
import type { RollupReader } from '../ports/rollups';
import { forViewer, type GoalVisibilityDeps } from '../goals/goal-visibility';
import type { ScorecardDeps } from '../kpi/scorecard-deps';

export interface PeriodDeps {
  store: PeriodStore;
  catalog: Pick<CatalogStore, 'read' | 'readGoal'>;
  viewer: GoalVisibilityDeps;
  isJiraAdmin(): Promise<boolean>;
  /** Strategy editors close periods and carry goals forward. */
  isEditor(): Promise<boolean>;
  /** What a close freezes, read as the app (every project's work). */
  facts: {
    rollups: Pick<RollupReader, 'goals'>;
    alignments(): Promise<ProjectAlignment[]>;
    settings(): Promise<Settings>;
    agreements(): Promise<Pick<AgreementBoards, 'support' | 'commitments'>>;
  };
  /** The live scorecards as the caller sees them (the other side of a comparison, and the KPIs a close freezes). */
  scorecards: ScorecardDeps;
  now(): Date;
  auditId(): string;
  goalId(title: string, taken: (id: string) => boolean): string;
}

export const todayOf = (deps: Pick<PeriodDeps, 'now'>): string => deps.now().toISOString().slice(0, 10);

const PERIOD_NOT_FOUND = 'This period does not exist';

export const periodOf = (calendar: PeriodCalendar, periodId: string): Period => {
  const period = calendar.periods.find((p) => p.id === periodId);
  if (!period) throw new AppFailure('NOT_FOUND', PERIOD_NOT_FOUND);
  return period;
};

/** A closed period; an open one answers as a missing snapshot would. */
export const closedPeriodOf = (calendar: PeriodCalendar, periodId: string): Period & { closed: NonNullable<Period['closed']> } => {
  const period = periodOf(calendar, periodId);
  if (!period.closed) throw new AppFailure('VALIDATION', `“${period.name}” is not closed yet, so it has no snapshot to compare with`);
  return period as Period & { closed: NonNullable<Period['closed']> };
};

export const requireEditor = async (deps: Pick<PeriodDeps, 'isEditor'>): Promise<void> => {
  if (!(await deps.isEditor())) throw new AppFailure('FORBIDDEN', 'Only strategy editors close periods and carry goals forward');
};

/**
 * The goals of a snapshot the reader may see: the visibility rule on the frozen facts (who led them, which projects
 * served them), and never a goal today's catalog hides from them. Reads nothing more while no goal is restricted.
 */
export const visibleSnapshotIds = async (deps: Pick<PeriodDeps, 'catalog' | 'viewer'>, snaps: readonly GoalSnapshot[]): Promise<Set<string>> => {
  const goals = snaps.map((s) => s.goal);
  const all = new Set(goals.map((g) => g.id));
  const full = await deps.catalog.read();
  const live = await forViewer(deps.viewer, full);
  const liveShown = new Set(live.goals.map((g) => g.id));
  for (const g of full.goals) if (!liveShown.has(g.id)) all.delete(g.id);
  if (!hasRestrictedGoal(goals)) return all;
  const browsable = new Set((await deps.viewer.browsableProjects()).map((p) => p.id));
  const work = workIndexOf(
    snaps.flatMap((s) => s.alignedProjects.map((projectId) => ({ projectId, goalId: s.goal.id }))),
    snaps.map((s) => [s.goal.id, { byProject: s.work }] as const),
  );
  const frozen = visibleGoalIds(goals, { accountId: deps.viewer.accountId, isEditor: false, browsableProjectIds: browsable }, work);
  if (frozen.size < goals.length && (await deps.viewer.isEditor())) return all;
  return new Set([...all].filter((id) => frozen.has(id)));
};
