// Use case: commit a goal to its parent, or raise a concern instead (the goal's leader or manager, or a strategy editor
// as editor). The commitment is made against the parent's target as it is now (its fingerprint), so a later change of
// that target asks for it again. ONE conditional transaction: the goal's commitment record at the version the caller
// saw (none: a first commitment), the summary of commitments at its revision, the audit event.
import { commitmentStanding, decideCommit, targetFingerprint } from '../../domain/agreements/commitment';
import { GOAL_NOT_FOUND } from '../../domain/agreements/decide-support';
import { commitmentView } from '../../domain/agreements/views';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';
import { holdsRoleOn } from '../../domain/kpi/access';
import type { CommitmentView } from '../../shared/api/agreements';
import { AppFailure } from '../../shared/errors';
import type { CommitInput, Commitment } from '../../shared/model/agreement';
import type { AuditEvent } from '../../shared/model/audit';
import { nameToKeep, todayOf, visibleCatalog, type AgreementDeps } from './agreement-deps';

const busy = () => new AppFailure('CONFLICT', 'Commitments are being changed by others right now; try again');

export const commitGoal = async (deps: AgreementDeps, accountId: string, input: CommitInput): Promise<CommitmentView> => {
  const done = await commitOnVersion(async () => {
    const [visible, boards, stored] = await Promise.all([visibleCatalog(deps), deps.store.boards(), deps.store.commitments([input.goalId])]);
    const goal = visible.byId.get(input.goalId);
    if (!goal) throw new AppFailure('NOT_FOUND', GOAL_NOT_FOUND);
    const parent = goal.parentId ? visible.byId.get(goal.parentId) : undefined;
    const holdsRole = holdsRoleOn(goal, accountId);
    const isEditor = holdsRole ? false : await deps.isEditor();
    const parentTarget = parent ? targetFingerprint(parent, await deps.kpis.ofGoal(parent.id)) : '';
    const current = stored.get(goal.id);
    const now = deps.now();
    const decision = decideCommit(
      input,
      { goal, parent, byId: visible.byId, current, holdsRole, isEditor, parentTarget, id: deps.newId('cm') },
      { by: accountId, at: now.toISOString(), today: todayOf(now) },
    );
    if (!decision.ok) {
      const { code, message } = decision.failure;
      if (code !== 'CONFLICT') throw new AppFailure(code, message, decision.failure.details);
      // Both versions, and the commitment as it is now (as a view), so the page can show theirs beside it.
      const now =
        current && parent
          ? commitmentView({
              goal,
              parent,
              record: current,
              standing: commitmentStanding(goal, parent, current, parentTarget),
              names: visible.snapshot.people,
              canCommit: true,
            })
          : null;
      throw new AppFailure(code, message, { expectedVersion: input.expectedVersion, currentVersion: current?.version ?? null, current: now });
    }
    const record: Commitment = { ...decision.value, names: { ...decision.value.names, ...(await nameToKeep(deps, visible.snapshot.people, accountId)) } };
    const audit: AuditEvent = {
      id: deps.auditId(),
      entity: 'commitment',
      entityId: record.id,
      action: current ? 'update' : 'create',
      at: record.at,
      by: accountId,
      before: current ?? null,
      after: record,
      asEditor: record.asEditor,
    };
    const outcome = await deps.store.saveCommitment(boards.commitments, record, current?.version ?? 0, audit);
    return outcome === 'committed' ? committed({ record, goal, parent: parent!, parentTarget, people: visible.snapshot.people }) : beaten;
  }, busy);
  return commitmentView({
    goal: done.goal,
    parent: done.parent,
    record: done.record,
    standing: commitmentStanding(done.goal, done.parent, done.record, done.parentTarget),
    names: done.people,
    canCommit: true,
  });
};
