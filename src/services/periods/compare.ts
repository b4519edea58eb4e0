// Use cases: a closed period's scorecards as the reader may see them, and today compared with them (every goal, or
// one for the goal page). Hidden and missing goals answer alike; work is cut to the reader's projects on both sides.
import { compareGoals, type Side } from '../../domain/periods/compare';
import { snapshotScorecards, type SnapshotScorecard } from '../../domain/periods/snapshot';
import type { Comparison } from '../../shared/api/periods';
import { AppFailure } from '../../shared/errors';
import type { GoalSnapshot, Period } from '../../shared/model/period';
import { readGoalScorecard, readScorecards } from '../kpi/scorecard-read';
import { closedPeriodOf, todayOf, visibleSnapshotIds, type PeriodDeps } from './period-deps';

export interface SnapshotRead {
  period: Period & { closed: NonNullable<Period['closed']> };
  snapshots: GoalSnapshot[];
  cards: Map<string, SnapshotScorecard>;
}

/** The period's scorecards for this reader: only goals they may see, work only from projects they may browse. */
export const readSnapshot = async (deps: Pick<PeriodDeps, 'store' | 'catalog' | 'viewer'>, periodId: string): Promise<SnapshotRead> => {
  const period = closedPeriodOf(await deps.store.calendar(), periodId);
  const [snapshots, browsable] = await Promise.all([deps.store.snapshots(period.id), deps.viewer.browsableProjects()]);
  const visible = await visibleSnapshotIds(deps, snapshots);
  return { period, snapshots, cards: snapshotScorecards(snapshots, { browsable: new Set(browsable.map((p) => p.id)), visible }) };
};

const GOAL_NOT_FOUND = 'This goal does not exist';

export const comparePeriod = async (deps: PeriodDeps, accountId: string, periodId: string, goalId?: string): Promise<Comparison> => {
  const { period, cards } = await readSnapshot(deps, periodId);
  const now = new Map<string, Side>();
  if (goalId !== undefined) {
    // The live goal answers NOT_FOUND when it is missing or hidden; a goal only the period had is compared alone.
    const live = await readGoalScorecard(deps.scorecards, accountId, goalId).catch((e: unknown) => {
      if (e instanceof AppFailure && e.code === 'NOT_FOUND' && cards.has(goalId)) return null;
      throw e;
    });
    if (live) now.set(goalId, { card: live, progress: (await deps.scorecards.deliveryProgress([goalId])).get(goalId) ?? null });
  } else {
    const view = await readScorecards(deps.scorecards, accountId);
    const progress = await deps.scorecards.deliveryProgress(view.goals.map((g) => g.goal.id));
    for (const card of view.goals) now.set(card.goal.id, { card, progress: progress.get(card.goal.id) ?? null });
  }
  const then = new Map<string, Side>([...cards].filter(([id]) => goalId === undefined || id === goalId));
  if (goalId !== undefined && then.size === 0 && now.size === 0) throw new AppFailure('NOT_FOUND', GOAL_NOT_FOUND);
  return { period: { id: period.id, name: period.name, closedDay: period.closed.day }, today: todayOf(deps), goals: compareGoals(then, now) };
};
