// Use cases: ask another goal for support, and answer a support agreement (accept, counter, decline, withdraw, mark
// fulfilled or broken). Each reads the catalog as the caller may see it, the live summary and the record, decides with
// the domain and commits ONE conditional transaction (the record at the version decided on, the summary at its
// revision, the audit event). A lost race on the summary alone is retried; a change of the record itself comes back
// as CONFLICT with both versions and the agreement as it now is. Who may act is decided here, from context.accountId.
import { sidesOf } from '../../domain/agreements/access';
import { AGREEMENT_NOT_FOUND, decideAnswer, decideProposal } from '../../domain/agreements/decide-support';
import { needsEditorCheck, type Side } from '../../domain/agreements/machine';
import type { GoalSummary } from '../../shared/model/goal';
import { holdsRoleOn } from '../../domain/kpi/access';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';
import type { SupportView } from '../../shared/api/agreements';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { ProposeSupportInput, SupportAgreement, SupportAnswer } from '../../shared/model/agreement';
import type { HealthBoard } from '../ports/kpis';
import { nameToKeep, providerSignals, readsAgreements, todayOf, visibleCatalog, type AgreementDeps, type Visible } from './agreement-deps';
import { editorMatters, present } from './present';

const busy = () => new AppFailure('CONFLICT', 'Agreements are being changed by others right now; try again');

interface Saved {
  record: SupportAgreement;
  visible: Visible;
  health: HealthBoard;
  isEditor: boolean | undefined;
}

const auditOf = (deps: Pick<AgreementDeps, 'auditId'>, before: SupportAgreement | null, after: SupportAgreement): AuditEvent => {
  const last = after.rounds[after.rounds.length - 1]!;
  return {
    id: deps.auditId(),
    entity: 'agreement',
    entityId: after.id,
    action: before ? 'update' : 'create',
    at: last.at,
    by: last.by,
    before,
    after,
    asEditor: last.asEditor,
  };
};

/** The view after a committed change: anything read now that fails leaves out what it would add, never the answer. */
const viewAfter = async (deps: AgreementDeps, accountId: string, s: Saved): Promise<SupportView> => {
  let isEditor = s.isEditor ?? false;
  if (s.isEditor === undefined && editorMatters([s.record], s.visible.byId, accountId)) isEditor = await deps.isEditor().catch(() => false);
  const provider = s.visible.byId.get(s.record.toGoalId)!;
  const signals = await providerSignals(deps, [provider], s.health, s.record.state === 'accepted');
  return present(s.record, { byId: s.visible.byId, people: s.visible.snapshot.people, accountId, isEditor, signals, today: todayOf(deps.now()) });
};

/** The sides of a request the caller holds a role on: the asking goal's, the providing goal's, or both. */
const sidesIn = (from: GoalSummary | undefined, to: GoalSummary | undefined, accountId: string): Set<Side> =>
  new Set<Side>([...(from && holdsRoleOn(from, accountId) ? (['asker'] as const) : []), ...(to && holdsRoleOn(to, accountId) ? (['provider'] as const) : [])]);

export const proposeSupport = async (deps: AgreementDeps, accountId: string, input: ProposeSupportInput): Promise<SupportView> => {
  const id = deps.newId('ag');
  const saved = await commitOnVersion<Saved>(async () => {
    const [visible, boards] = await Promise.all([visibleCatalog(deps), deps.store.boards()]);
    const from = visible.byId.get(input.fromGoalId);
    const to = visible.byId.get(input.toGoalId);
    const holds = from !== undefined && holdsRoleOn(from, accountId);
    // The editor check costs Jira calls: only when the goals exist for the caller and their own role does not do.
    const isEditor = from && to && !holds ? await deps.isEditor() : undefined;
    const live = boards.support.agreements.filter((a) => visible.byId.has(a.fromGoalId) && visible.byId.has(a.toGoalId));
    const now = deps.now();
    const decision = decideProposal(
      input,
      {
        from,
        to,
        live,
        liveTotal: boards.support.agreements.length,
        actor: { sides: sidesIn(from, to, accountId), isEditor: isEditor ?? false },
        id,
      },
      { by: accountId, at: now.toISOString(), today: todayOf(now) },
      (goalId) => visible.byId.get(goalId)?.title ?? goalId,
    );
    if (!decision.ok) throw new AppFailure(decision.failure.code, decision.failure.message, decision.failure.details);
    const record = { ...decision.value, names: await nameToKeep(deps, visible.snapshot.people, accountId) };
    const outcome = await deps.store.saveSupport(boards.support, record, 0, auditOf(deps, null, record));
    return outcome === 'committed' ? committed({ record, visible, health: boards.health, isEditor }) : beaten;
  }, busy);
  return viewAfter(deps, accountId, saved);
};

export interface AnswerRequest {
  id: string;
  expectedVersion: number;
  answer: SupportAnswer;
}

export const answerSupport = async (deps: AgreementDeps, accountId: string, req: AnswerRequest): Promise<SupportView> => {
  const saved = await commitOnVersion<Saved>(async () => {
    const [visible, boards, current] = await Promise.all([visibleCatalog(deps), deps.store.boards(), deps.store.get(req.id)]);
    // Missing and hidden answer alike: an agreement with a goal the caller may not see does not exist for them.
    if (!current || !visible.byId.has(current.fromGoalId) || !visible.byId.has(current.toGoalId)) throw new AppFailure('NOT_FOUND', AGREEMENT_NOT_FOUND);
    const sides = sidesOf(current, visible.byId, accountId);
    // Someone who reads no agreement at all learns of this one no more than of a missing one.
    if (sides.size === 0 && !(await readsAgreements(deps, visible))) throw new AppFailure('NOT_FOUND', AGREEMENT_NOT_FOUND);
    const isEditor = needsEditorCheck(current, req.answer.action, sides) ? await deps.isEditor() : undefined;
    const now = deps.now();
    const stamp = { by: accountId, at: now.toISOString(), today: todayOf(now) };
    const decision = decideAnswer(current, req.expectedVersion, req.answer, { sides, isEditor: isEditor ?? false, id: accountId }, stamp);
    if (!decision.ok) {
      const { code, message } = decision.failure;
      if (code !== 'CONFLICT') throw new AppFailure(code, message, decision.failure.details);
      // Both versions, and the agreement as it is now as this caller may see it, so the page can show theirs beside it.
      const presenter = { byId: visible.byId, people: visible.snapshot.people, accountId, isEditor: isEditor ?? false, today: stamp.today };
      const signals = await providerSignals(deps, [visible.byId.get(current.toGoalId)!], boards.health, false);
      throw new AppFailure(code, message, {
        expectedVersion: req.expectedVersion,
        currentVersion: current.version,
        current: present(current, { ...presenter, signals }),
      });
    }
    const record = { ...decision.value, names: { ...current.names, ...(await nameToKeep(deps, visible.snapshot.people, accountId)) } };
    const outcome = await deps.store.saveSupport(boards.support, record, current.version, auditOf(deps, current, record));
    return outcome === 'committed' ? committed({ record, visible, health: boards.health, isEditor }) : beaten;
  }, busy);
  return viewAfter(deps, accountId, saved);
};
