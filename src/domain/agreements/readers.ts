// Who may read agreements at all. Goals are visible to every user of the app (unless restricted), but agreements are
// between the teams doing the work: they are read by the people who take part in the strategy, namely strategy
// editors, the leaders and managers of goals, and the members of a team whose project is aligned to a goal (who may
// browse a project with a project alignment). Someone who takes no part, like an external contractor who browses one
// unaligned project (even one with an epic tagged to a goal), learns nothing of any agreement, not even a count.
// Everyone else reads an agreement when they may see both its goals. Pure.
import type { GoalSummary } from '../../shared/model/goal';
import { holdsRoleOn } from '../kpi/access';

export interface ReaderFacts {
  accountId: string;
  /** The goals the viewer may see. */
  goals: readonly Pick<GoalSummary, 'leaderId' | 'managerId'>[];
  /** Whether a project the viewer may browse is aligned to a goal. */
  browsesAlignedProject: boolean;
}

/** Whether the viewer takes part by their role or their team; the editor check (which costs Jira calls) comes after. */
export const takesPart = (f: ReaderFacts): boolean => f.browsesAlignedProject || f.goals.some((g) => holdsRoleOn(g, f.accountId));

export { NOT_A_READER } from '../../shared/model/agreement';
