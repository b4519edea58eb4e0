// Who relies on the goals of this issue's chain ("Dashboards 3.0: “EU data residency region” relies on it, agreed for 18
// Dec 2026, at risk: they flagged a risk"), so the team doing the work knows who waits for it; each asking goal a link
// to its page. From the summary the panel read anyway; nothing when none (or the viewer reads no agreements).
import type { GoalContext } from '../../../src/shared/api/panel';
import { GoalLink } from '../../kit/ui/GoalLink';

export function ReliedOnLines({ context }: { context: GoalContext }) {
  const lines = context.reliedOnBy ?? [];
  if (lines.length === 0) return null;
  const titleOf = new Map(context.chain.flatMap((l) => (l.kind === 'goal' ? [[l.id, l.title] as const] : [])));
  return (
    <section className="tl-reliance" aria-labelledby="tl-relied-title" data-testid="panel-relied-on">
      <h3 id="tl-relied-title" className="tl-level">
        Who relies on these goals
      </h3>
      <ul className="tl-reliance-list">
        {lines.map((l) => {
          const atRisk = l.state === 'accepted' && l.risk !== null;
          const quoted = `“${l.asker.title}”`;
          const at = l.sentence.indexOf(quoted);
          const after = at >= 0 ? l.sentence.slice(at + quoted.length) : ` ${l.sentence}`;
          return (
            <li key={`${l.goalId}-${l.asker.id}-${l.neededBy}`} className={atRisk ? 'tl-reliance--at-risk' : undefined} data-testid="relied-on-line">
              <span className="tl-reliance-icon" title={atRisk ? 'At risk' : l.state === 'accepted' ? 'Agreed' : 'Not agreed yet'}>
                {/* Agreed says nothing of whether its work is on plan (the panel reads no work): a plain mark, not a tick. */}
                <span aria-hidden="true">{atRisk ? '⚠' : l.state === 'accepted' ? '•' : '?'}</span>
                <span className="tl-visually-hidden">{atRisk ? 'At risk' : l.state === 'accepted' ? 'Agreed' : 'Not agreed yet'}: </span>
              </span>
              <span>
                <strong>{titleOf.get(l.goalId) ?? 'A goal of this chain'}</strong>:{' '}
                <GoalLink goalId={l.asker.id} testId="relied-on-goal-link">
                  {l.asker.title}
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
