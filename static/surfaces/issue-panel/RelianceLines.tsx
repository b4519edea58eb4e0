// What the goals of this issue's chain rely on: one line per support agreement ("Dashboards 3.0 relies on
// ‹Reliable, fast engineering delivery›, agreed for 15 Mar 2027, at risk: work is behind"), the providing goal a
// link to its page. At risk is told by an icon and words, not colour alone. Nothing shows when nothing is relied on.
import type { GoalContext } from '../../../src/shared/api/panel';
import { relianceParts } from '../../kit/ui/agreements/words';
import { GoalLink } from '../../kit/ui/GoalLink';

export function RelianceLines({ context }: { context: GoalContext }) {
  const lines = context.reliesOn ?? [];
  if (lines.length === 0) return null;
  const titleOf = new Map(context.chain.flatMap((l) => (l.kind === 'goal' ? [[l.id, l.title] as const] : [])));
  return (
    <section className="tl-reliance" aria-labelledby="tl-reliance-title" data-testid="panel-reliance">
      <h3 id="tl-reliance-title" className="tl-level">
        What these goals rely on
      </h3>
      <ul className="tl-reliance-list">
        {lines.map((line) => {
          const { before, after } = relianceParts(line);
          const atRisk = line.state === 'accepted' && line.risk !== null;
          return (
            <li key={`${line.goalId}-${line.provider.id}-${line.neededBy}`} className={atRisk ? 'tl-reliance--at-risk' : undefined} data-testid="reliance-line">
              <span aria-hidden="true" className="tl-reliance-icon">
                {atRisk ? '⚠' : line.state === 'accepted' ? '✓' : '?'}
              </span>
              <span>
                <strong>{titleOf.get(line.goalId) ?? 'A goal of this chain'}</strong>: {before}
                <GoalLink goalId={line.provider.id} testId="reliance-goal-link">
                  {line.provider.title}
                </GoalLink>
                {after}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
