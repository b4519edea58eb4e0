// A goal with its chain up to the strategy goal, titles joined by "›", and whether it reaches strategy, in words.
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { GoalLink } from '../../kit/ui/GoalLink';
import { Lozenge } from '../../kit/ui/Lozenge';
import { StatusLozenge } from '../../kit/ui/StatusLozenge';
import type { Chain } from './goals';

/** `withTitle` false: only the goal's level, its chain and the verdict, for under a select that names it already. */
export function GoalChain({ chain, withTitle = true, testId }: { chain: Chain; withTitle?: boolean; testId?: string }) {
  const goal = chain.goals[chain.goals.length - 1];
  if (!goal) return null;
  return (
    <div className="ps-chain" data-testid={testId}>
      {withTitle && (
        <strong className="ps-goal-title">
          <GoalLink goalId={goal.id}>{goal.title}</GoalLink>
        </strong>
      )}
      <div className="tl-row ps-chain-tags">
        <span className="tl-small tl-subtle">{LEVEL_LABEL[goal.level]} goal</span>
        {goal.status !== 'active' && <StatusLozenge status={goal.status} />}
        {chain.reachesStrategy ? (
          <Lozenge tone="success" icon="✓">
            Traces to strategy
          </Lozenge>
        ) : (
          <Lozenge tone="warning" icon="!">
            Stops before a strategy goal
          </Lozenge>
        )}
      </div>
      <p className="tl-small tl-subtle">
        <span className="tl-visually-hidden">Chain up to the strategy goal: </span>
        {chain.goals.map((g, i) => (
          <span key={g.id}>
            {i > 0 && <span className="ps-chain-sep"> › </span>}
            <GoalLink goalId={g.id}>{g.title}</GoalLink>
          </span>
        ))}
      </p>
    </div>
  );
}
