// Use cases: add a check-in to a goal (strategy editors, and the goal's leader and manager) and list a goal's
// check-ins. Draft goals may check in too; they are just never flagged as overdue. Every check-in is audited,
// in the same transaction that stores it.
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { CheckIn, CheckInInput } from '../../shared/model/check-in';
import { goalFor, requireOpenGoal, requireRecorder, todayOf, type ScorecardDeps } from './scorecard-deps';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';

type Deps = Pick<ScorecardDeps, 'catalog' | 'viewer' | 'checkIns' | 'isEditor' | 'now' | 'newId' | 'auditId'>;

export const addCheckIn = async (deps: Deps, accountId: string, goalId: string, input: CheckInInput): Promise<CheckIn> => {
  const goal = await goalFor(deps, goalId);
  await requireRecorder(deps, goal, accountId);
  requireOpenGoal(goal);
  const now = deps.now();
  const checkIn: CheckIn = { id: deps.newId('ci'), goalId, date: todayOf(now), ...input, by: accountId, recordedAt: now.toISOString() };
  const audit: AuditEvent = {
    id: deps.auditId(),
    entity: 'check-in',
    entityId: checkIn.id,
    action: 'create',
    at: checkIn.recordedAt,
    by: accountId,
    before: null,
    after: checkIn,
  };
  return commitOnVersion(
    async () => ((await deps.checkIns.add(await deps.checkIns.latestOf(goalId), checkIn, audit)) === 'committed' ? committed(checkIn) : beaten),
    () => new AppFailure('CONFLICT', 'Several check-ins are being saved right now; try again'),
  );
};

export const listCheckIns = async (deps: Pick<Deps, 'catalog' | 'viewer' | 'checkIns'>, goalId: string): Promise<CheckIn[]> => {
  await goalFor(deps, goalId);
  return deps.checkIns.list(goalId, 50);
};
