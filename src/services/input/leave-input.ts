// Use case: someone on an issue leaves input on a goal of its chain. The issue is read as the caller (Jira answers
// NOT_FOUND when they may not browse it), the goal must be in the chain the panel shows (a goal elsewhere they may see
// is VALIDATION, one they may not see is NOT_FOUND, in the words of a missing goal), not archived, and within the
// daily limit. The input, the caller's quota and the audit event are one transaction on the quota's revision.
import { decideNewInput } from '../../domain/input/decide';
import { holdsRoleOn } from '../../domain/kpi/access';
import { viewOf } from '../../domain/input/view';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';
import type { InputSent, NewInput } from '../../shared/api/input';
import type { ChainLinkView } from '../../shared/api/panel';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import { goalContext, type GoalContextDeps } from '../goals/goal-context';
import { readVisibleCatalog } from '../goals/goal-visibility';
import { GOAL_NOT_FOUND, type InputDeps } from './input-deps';

export interface LeaveInputDeps extends Pick<InputDeps, 'catalog' | 'viewer' | 'inputs' | 'now' | 'newId' | 'auditId'> {
  /** The issue panel's reads: the issue as the caller, and the chain above it. */
  context: GoalContextDeps;
  /** The caller's display name, as Jira has it (captured with the input). */
  myName(): Promise<string>;
}

type ChainGoal = Extract<ChainLinkView, { kind: 'goal' }>;

export const leaveInput = async (deps: LeaveInputDeps, accountId: string, req: NewInput): Promise<InputSent> => {
  const context = await goalContext(deps.context, req.issue);
  const link = context.chain.find((l): l is ChainGoal => l.kind === 'goal' && l.id === req.goalId);
  if (!link) {
    const visible = (await readVisibleCatalog(deps)).goals.some((g) => g.id === req.goalId);
    if (!visible) throw new AppFailure('NOT_FOUND', GOAL_NOT_FOUND);
    throw new AppFailure('VALIDATION', `This issue does not serve that goal; leave input on a goal of its chain`, [
      { path: 'goalId', message: 'not in this issue’s chain' },
    ]);
  }
  const authorName = await deps.myName();
  const issue = { id: context.issue.id, key: context.issue.key };
  const input = await commitOnVersion(
    async () => {
      const now = deps.now();
      const quota = await deps.inputs.quota(accountId, link.id);
      const decided = decideNewInput(
        req,
        { goal: link, issue, quota, today: now.toISOString().slice(0, 10) },
        { id: deps.newId('in'), authorId: accountId, authorName, at: now.toISOString() },
      );
      if (!decided.ok) throw new AppFailure(decided.failure.code, decided.failure.message, decided.failure.details);
      const left = decided.value.input;
      const audit: AuditEvent = {
        id: deps.auditId(),
        entity: 'input',
        entityId: left.id,
        action: 'create',
        at: left.createdAt,
        by: accountId,
        before: null,
        after: left,
      };
      return (await deps.inputs.add(left, decided.value.quota, audit)) === 'committed' ? committed(left) : beaten;
    },
    () => new AppFailure('CONFLICT', 'You sent several pieces of input at once; try again'),
  );
  const names = Object.fromEntries([link.leader, link.manager].flatMap((p) => (p ? [[p.accountId, p.displayName]] : [])));
  const access = holdsRoleOn({ leaderId: link.leader?.accountId ?? null, managerId: link.manager?.accountId ?? null }, accountId) ? 'triage' : 'counts';
  return {
    input: viewOf(input, { accountId, access, names, browsable: new Set([issue.id]) })!,
    readers: { goalTitle: link.title, leader: link.leader, manager: link.manager },
  };
};
