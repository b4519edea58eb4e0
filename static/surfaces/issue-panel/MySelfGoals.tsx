// The viewer's own Self goals under a goal of this issue's chain ("Your Self goal under Dashboards 3.0: Learn the
// layout engine's internals"), each a link to its page; from the catalog the panel read anyway. Nothing when none.
import type { GoalContext } from '../../../src/shared/api/panel';
import { GoalLink } from '../../kit/ui/GoalLink';

export function MySelfGoals({ context }: { context: GoalContext }) {
  const mine = context.mySelfGoals ?? [];
  if (mine.length === 0) return null;
  const titleOf = new Map(context.chain.flatMap((l) => (l.kind === 'goal' ? [[l.id, l.title] as const] : [])));
  return (
    <section className="tl-reliance" aria-labelledby="tl-self-title" data-testid="panel-self-goals">
      <h3 id="tl-self-title" className="tl-level">
        Your Self goals here
      </h3>
      <ul className="tl-reliance-list">
        {mine.map((g) => (
          <li key={g.id} data-testid="panel-self-goal">
            <span>
              <GoalLink goalId={g.id} testId="self-goal-link">
                {g.title}
              </GoalLink>{' '}
              <span className="tl-subtle">under {titleOf.get(g.parentId) ?? 'a goal of this chain'}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
