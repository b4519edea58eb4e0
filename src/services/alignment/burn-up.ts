// Use case: the burn-up of a goal's work for its page, as the viewer may see it. The goal must be one the viewer may
// see (else NOT_FOUND, as for a missing one); its epics and those of the goals below it come from the roll-ups cut
// to the projects the viewer may browse; their issues' dates from Jira, read as the viewer.
import { burnUp, burnUpStart, goalsToRead, workDays } from '../../domain/alignment/burn-up';
import { directTotals, hasVisibleWork, hasWorkAnywhere, subtreeIds } from '../../domain/alignment/tree-model';
import { WORK_HISTORY_MAX, type BurnUpView } from '../../shared/api/burn-up';
import type { Totals } from '../../domain/rollup/totals';
import { AppFailure } from '../../shared/errors';
import type { WorkDates } from '../ports/jira';
import { loadModel, visibleEpicsOfGoal, type AlignmentReadDeps } from './alignment-tree';

const issuesIn = (t: Totals): number => t.counts.todo + t.counts.inProgress + t.counts.done;

export interface BurnUpDeps extends AlignmentReadDeps {
  /** The issues under these epics with their dates, read as the viewer, bounded. */
  workHistory(epicIds: string[]): Promise<{ items: WorkDates[]; truncated: boolean }>;
}

export const readBurnUp = async (deps: BurnUpDeps, goalId: string): Promise<BurnUpView> => {
  const model = await loadModel(deps);
  const goal = model.graph.byId.get(goalId);
  if (!goal) throw new AppFailure('NOT_FOUND', 'This goal does not exist, or you may not see it');
  const today = model.today;
  const withEpics = subtreeIds(model, goalId).filter((id) => model.direct.has(id));
  // Only as many goals' epics as can fill the bounded read: a goal holding the enterprise no longer reads every goal's.
  const { ids: toRead, skipped } = goalsToRead(withEpics, (id) => issuesIn(directTotals(model, id)), WORK_HISTORY_MAX);
  const epics = (await Promise.all(toRead.map((id) => visibleEpicsOfGoal(model, deps.rollups, id)))).flat();
  const outOfSight = !hasVisibleWork(model, goalId) && hasWorkAnywhere(model, goalId);
  if (epics.length === 0) return { points: [], issues: 0, truncated: false, workOutOfSight: outOfSight };
  const { items, truncated } = await deps.workHistory([...new Set(epics.map((e) => e.epicId))]);
  const work = workDays(items);
  return {
    points: burnUp(work, burnUpStart(work, goal.timeframe.start, today), today),
    issues: work.length,
    truncated: truncated || skipped,
    workOutOfSight: false,
  };
};
