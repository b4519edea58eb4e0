// Who may read and triage input from the work on a goal. The goal's leader and manager read it with its author,
// anonymous or not, and triage it; strategy editors read it with its author unless it was sent anonymously (then
// "Anonymous", as for everyone but the leader and manager); everyone else who can see the goal gets counts, and
// the author always sees their own input. Triage stays with the leader and manager: the gap it closes is theirs.
import type { InputAccess } from '../../shared/api/input';
import type { GoalSummary } from '../../shared/model/goal';
import type { Input } from '../../shared/model/input';
import { holdsRoleOn } from '../kpi/access';

export const inputAccess = (goal: Pick<GoalSummary, 'leaderId' | 'managerId'>, accountId: string, isStrategyEditor: boolean): InputAccess =>
  holdsRoleOn(goal, accountId) ? 'triage' : isStrategyEditor ? 'read' : 'counts';

export const mayTriage = (goal: Pick<GoalSummary, 'leaderId' | 'managerId'>, accountId: string): boolean => holdsRoleOn(goal, accountId);

/** Whether a reader with this access may see the input at all (not just count it). */
export const mayRead = (input: Pick<Input, 'authorId'>, access: InputAccess, accountId: string): boolean => access !== 'counts' || input.authorId === accountId;

/** Whether the reader may see who wrote it: its author, the goal's leader and manager, and editors unless anonymous. */
export const mayNameAuthor = (input: Pick<Input, 'authorId' | 'anonymous'>, access: InputAccess, accountId: string): boolean =>
  input.authorId === accountId || access === 'triage' || (access === 'read' && !input.anonymous);
