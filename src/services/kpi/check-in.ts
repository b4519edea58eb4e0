// Use cases: add a check-in to a goal (strategy editors, and the goal's leader and manager) and list a goal's
// check-ins. Draft goals may check in too; they are just never flagged as overdue. Every check-in is audited,
// in the same transaction that stores it.
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { CheckIn, CheckInInput } from '../../shared/model/check-in';
import { goalFor, requireOpenGoal, requireRecorder, todayOf, type ScorecardDeps } from './scorecard-deps';

type Deps = Pick<ScorecardDeps, 'catalog' | 'viewer' | 'checkIns' | 'isEditor' | 'now' | 'newId' | 'auditId'>;

const MAX_ATTEMPTS = 3;

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
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const base = await deps.checkIns.latestOf(goalId);
    if ((await deps.checkIns.add(base, checkIn, audit)) === 'committed') return checkIn;
  }
  throw new AppFailure('CONFLICT', 'Several check-ins are being saved right now; try again');
};

export const listCheckIns = async (deps: Pick<Deps, 'catalog' | 'viewer' | 'checkIns'>, goalId: string): Promise<CheckIn[]> => {
  await goalFor(deps, goalId);
  return deps.checkIns.list(goalId, 50);
};
