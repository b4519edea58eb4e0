// Who acts for which side of an agreement: the leader and the manager of the asking goal are the asking side, those of
// the providing goal the providing side (one person may be both). Strategy editors may act for either (machine.ts).
import type { GoalSummary } from '../../shared/model/goal';
import { holdsRoleOn } from '../kpi/access';
import type { Side } from './machine';

export const sidesOf = (
  a: { fromGoalId: string; toGoalId: string },
  byId: ReadonlyMap<string, Pick<GoalSummary, 'leaderId' | 'managerId'>>,
  accountId: string,
): Set<Side> => {
  const sides = new Set<Side>();
  const from = byId.get(a.fromGoalId);
  const to = byId.get(a.toGoalId);
  if (from && holdsRoleOn(from, accountId)) sides.add('asker');
  if (to && holdsRoleOn(to, accountId)) sides.add('provider');
  return sides;
};
