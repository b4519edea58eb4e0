// Decisions on input from the work: leaving it (on a goal of the issue's chain that is not archived, within the
// daily limit per person and goal), triaging it (answer, take into the next check-in, not now with a reason) and
// taking it into a check-in. Pure: the stored records and a stamp in, the records to write (or a refusal) out.
import type { TriageDecision } from '../../shared/api/input';
import type { GoalSummary } from '../../shared/model/goal';
import { INPUT_PER_DAY, type Input, type InputKind, type InputTriage } from '../../shared/model/input';
import { refuse, refuseField, success, type Result } from '../result';

/** How much input one person left on one goal on one day; revision 0: nothing stored yet. */
export interface InputQuota {
  authorId: string;
  goalId: string;
  day: string;
  count: number;
  revision: number;
}

export const noQuota = (authorId: string, goalId: string): InputQuota => ({ authorId, goalId, day: '', count: 0, revision: 0 });

export interface NewInputFacts {
  goal: Pick<GoalSummary, 'id' | 'title' | 'status'>;
  issue: { id: string; key: string };
  quota: InputQuota;
  /** The app's day (UTC). */
  today: string;
}

export interface InputStamp {
  id: string;
  authorId: string;
  authorName: string;
  at: string;
}

export interface LeftInput {
  input: Input;
  quota: InputQuota;
}

export const decideNewInput = (req: { kind: InputKind; text: string; anonymous: boolean }, facts: NewInputFacts, stamp: InputStamp): Result<LeftInput> => {
  if (facts.goal.status === 'archived') return refuseField('goalId', `“${facts.goal.title}” is archived; it takes no more input`);
  const usedToday = facts.quota.day === facts.today ? facts.quota.count : 0;
  if (usedToday >= INPUT_PER_DAY)
    return refuseField('goalId', `You have left ${INPUT_PER_DAY} pieces of input on “${facts.goal.title}” today, the most for one day. Try again tomorrow.`);
  const input: Input = {
    id: stamp.id,
    goalId: facts.goal.id,
    kind: req.kind,
    text: req.text,
    anonymous: req.anonymous,
    authorId: stamp.authorId,
    authorName: stamp.authorName,
    issue: facts.issue,
    createdAt: stamp.at,
    version: 1,
    triage: { state: 'open' },
  };
  return success({ input, quota: { ...facts.quota, day: facts.today, count: usedToday + 1, revision: facts.quota.revision + 1 } });
};

/** Taken into a recorded check-in: that is history and stays. */
const settled = (input: Input): boolean => input.triage.state === 'taken' && input.triage.checkInId !== null;

const triageOf = (decision: TriageDecision, by: string, at: string): InputTriage => {
  switch (decision.kind) {
    case 'answer':
      return { state: 'answered', answer: decision.text, by, at };
    case 'take':
      return { state: 'taken', checkInId: null, by, at };
    case 'not-now':
      return { state: 'not-now', reason: decision.reason, by, at };
    default: {
      const never: never = decision;
      return never;
    }
  }
};

/** A triage names the version it saw; the leader and manager may change their minds until a check-in took it. */
export const decideTriage = (input: Input, expectedVersion: number, decision: TriageDecision, stamp: { by: string; at: string }): Result<Input> => {
  // The stored record is not for the caller's eyes (the author of anonymous input, an issue they may not browse):
  // the use case presents it, or the caller reads it again.
  if (input.version !== expectedVersion) return refuse('CONFLICT', 'Someone triaged this input since you opened it', { inputId: input.id });
  if (settled(input)) return refuse('VALIDATION', 'This input was taken into a check-in; that stays as it was recorded');
  return success({ ...input, version: input.version + 1, triage: triageOf(decision, stamp.by, stamp.at) });
};

/** What a check-in may take: open input, and input waiting for the next check-in. */
export const isTakeable = (input: Input): boolean => input.triage.state === 'open' || (input.triage.state === 'taken' && input.triage.checkInId === null);

/**
 * The input a check-in takes, marked taken into it. Input that is missing or on another goal is refused as missing;
 * input triaged otherwise since the form was opened is a CONFLICT (the form shows it again).
 */
export const decideTake = (
  ids: readonly string[],
  found: ReadonlyMap<string, Input>,
  goalId: string,
  stamp: { checkInId: string; by: string; at: string },
): Result<Input[]> => {
  const out: Input[] = [];
  for (const id of new Set(ids)) {
    const input = found.get(id);
    if (!input || input.goalId !== goalId)
      return refuse('NOT_FOUND', 'Some of this input does not exist, or is not on this goal', [{ path: 'input.inputIds', message: id }]);
    if (!isTakeable(input)) return refuse('CONFLICT', 'Some of this input was triaged since you opened the form; look at it again', { inputId: input.id });
    out.push({ ...input, version: input.version + 1, triage: { state: 'taken', checkInId: stamp.checkInId, by: stamp.by, at: stamp.at } });
  }
  return success(out);
};
