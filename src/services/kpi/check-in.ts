// Use cases: add a check-in to a goal (strategy editors, and the goal's leader and manager) and list a goal's
// check-ins. Draft goals may check in too; they are just never flagged as overdue. Every check-in is audited,
// in the same transaction that stores it; input from the work it takes is marked taken in that transaction too,
// so a failure at any point leaves both as they were (a check-in never says it took input that is still open).
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { CheckIn, CheckInInput } from '../../shared/model/check-in';
import { goalFor, requireOpenGoal, requireRecorder, todayOf, type ScorecardDeps } from './scorecard-deps';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';
import { mayTriage } from '../../domain/input/access';
import { decideTake } from '../../domain/input/decide';
import type { InputChange } from '../ports/input';

type Deps = Pick<ScorecardDeps, 'catalog' | 'viewer' | 'checkIns' | 'inputs' | 'isEditor' | 'now' | 'newId' | 'auditId'>;

export const addCheckIn = async (deps: Deps, accountId: string, goalId: string, input: CheckInInput): Promise<CheckIn> => {
  const goal = await goalFor(deps, goalId);
  await requireRecorder(deps, goal, accountId);
  requireOpenGoal(goal);
  const { inputIds = [], ...texts } = input;
  // Taking input into a check-in is triage: the goal's leader and manager only (src/domain/input/access.ts).
  if (inputIds.length > 0 && !mayTriage(goal, accountId))
    throw new AppFailure('FORBIDDEN', 'Only the goal’s leader and manager take input from the work into a check-in');
  const now = deps.now();
  const checkIn: CheckIn = {
    id: deps.newId('ci'),
    goalId,
    date: todayOf(now),
    ...texts,
    by: accountId,
    recordedAt: now.toISOString(),
    ...(inputIds.length > 0 ? { inputsTaken: new Set(inputIds).size } : {}),
  };
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
    async () => {
      // The input is read again on every try: what another tab triaged meanwhile is a CONFLICT, not overwritten.
      const taken = inputIds.length === 0 ? [] : await takenInto(deps, checkIn, inputIds);
      return (await deps.checkIns.add(await deps.checkIns.latestOf(goalId), checkIn, audit, taken)) === 'committed' ? committed(checkIn) : beaten;
    },
    () => new AppFailure('CONFLICT', 'Several check-ins are being saved right now; try again'),
  );
};

/** The input a check-in takes, each marked taken into it with its audit event, decided from what is stored now. */
const takenInto = async (deps: Pick<Deps, 'inputs' | 'auditId'>, checkIn: CheckIn, ids: readonly string[]): Promise<InputChange[]> => {
  const found = await deps.inputs.many(ids);
  const decided = decideTake(ids, found, checkIn.goalId, { checkInId: checkIn.id, by: checkIn.by, at: checkIn.recordedAt });
  if (!decided.ok) throw new AppFailure(decided.failure.code, decided.failure.message, decided.failure.details);
  return decided.value.map((after) => ({
    input: after,
    audit: {
      id: deps.auditId(),
      entity: 'input',
      entityId: after.id,
      action: 'update',
      at: checkIn.recordedAt,
      by: checkIn.by,
      before: found.get(after.id)!,
      after,
    },
  }));
};

export const listCheckIns = async (deps: Pick<Deps, 'catalog' | 'viewer' | 'checkIns'>, goalId: string): Promise<CheckIn[]> => {
  await goalFor(deps, goalId);
  return deps.checkIns.list(goalId, 50);
};
