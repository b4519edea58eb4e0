// Use case: the goal's leader or manager triages a piece of input: answers it, takes it into the next check-in, or
// says "Not now" with a reason. Input on a goal the caller may not see, and input the caller may not even read,
// answer as missing input; readers who may not triage (strategy editors, the author) are FORBIDDEN. Each triage is
// one write conditioned on the version the caller saw, with its audit event.
import { mayRead, mayTriage } from '../../domain/input/access';
import { decideTriage } from '../../domain/input/decide';
import { viewOf } from '../../domain/input/view';
import type { InputView, TriageDecision } from '../../shared/api/input';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import { accessTo, browsableAmong, INPUT_NOT_FOUND, visibleGoal, type InputDeps } from './input-deps';

export interface TriageRequest {
  inputId: string;
  expectedVersion: number;
  decision: TriageDecision;
}

export const triageInput = async (deps: InputDeps, accountId: string, req: TriageRequest): Promise<InputView> => {
  const input = await deps.inputs.get(req.inputId);
  if (!input) throw new AppFailure('NOT_FOUND', INPUT_NOT_FOUND);
  const { goal, catalog } = await visibleGoal(deps, input.goalId, INPUT_NOT_FOUND);
  if (!mayTriage(goal, accountId)) {
    const access = await accessTo(deps, goal, accountId);
    if (!mayRead(input, access, accountId)) throw new AppFailure('NOT_FOUND', INPUT_NOT_FOUND);
    throw new AppFailure('FORBIDDEN', 'Only the goal’s leader and manager answer and triage its input');
  }
  const at = deps.now().toISOString();
  const decided = decideTriage(input, req.expectedVersion, req.decision, { by: accountId, at });
  if (!decided.ok && decided.failure.code === 'CONFLICT') {
    // What is stored now, as this reader may see it (never the stored record itself).
    const browsable = await browsableAmong(deps, [input.issue.id]);
    throw new AppFailure('CONFLICT', decided.failure.message, { current: viewOf(input, { accountId, access: 'triage', names: catalog.people, browsable }) });
  }
  if (!decided.ok) throw new AppFailure(decided.failure.code, decided.failure.message, decided.failure.details);
  const audit: AuditEvent = {
    id: deps.auditId(),
    entity: 'input',
    entityId: input.id,
    action: 'update',
    at,
    by: accountId,
    before: input,
    after: decided.value,
  };
  if ((await deps.inputs.change({ input: decided.value, audit })) !== 'committed')
    throw new AppFailure('CONFLICT', 'Someone triaged this input since you opened it');
  const browsable = await browsableAmong(deps, [input.issue.id]);
  return viewOf(decided.value, { accountId, access: 'triage', names: catalog.people, browsable })!;
};
