// What the goals of this issue's chain rely on: one line per support agreement ("Dashboards 3.0 relies on
// ‹Reliable, fast engineering delivery›, agreed for 15 Mar 2027, at risk: work is behind"), the providing goal a
// link to its page. At risk is told by an icon and words, not colour alone. Nothing shows when nothing is relied on.
// The panel's first answer reads no work, so an agreed line with no other risk is judged after the panel has drawn
// (`panel/reliance`, the goal page's judgement and words); until then it says its work is being checked, never "fine".
import { useEffect, useState } from 'react';
import type { RelianceLine } from '../../../src/shared/api/agreements';
import { panelCalls, type GoalContext } from '../../../src/shared/api/panel';
import { call } from '../../kit/api/invoke';
import { relianceParts } from '../../kit/ui/agreements/words';
import { GoalLink } from '../../kit/ui/GoalLink';
import { awaitsWork, goalsToCheck, withWorkJudged } from './reliance-check';

type Check = 'checking' | 'done' | 'failed';

/** The lines with their work judged, and where that judgement stands. */
const useJudged = (context: GoalContext): { lines: RelianceLine[]; check: Check } => {
  const initial = context.reliesOn ?? [];
  const goalIds = goalsToCheck(initial);
  const ask = goalIds.join(',');
  const [judged, setJudged] = useState<{ lines: RelianceLine[]; check: Check }>({ lines: initial, check: ask === '' ? 'done' : 'checking' });
  useEffect(() => {
    const lines = context.reliesOn ?? [];
    if (ask === '') {
      setJudged({ lines, check: 'done' });
      return;
    }
    let live = true;
    setJudged({ lines, check: 'checking' });
    call(panelCalls.reliance, { issue: context.issue.key, goalIds: ask.split(',') })
      .then((r) => live && setJudged({ lines: withWorkJudged(lines, r.reliesOn), check: 'done' }))
      .catch(() => live && setJudged({ lines, check: 'failed' }));
    return () => {
      live = false;
    };
  }, [context.reliesOn, context.issue.key, ask]);
  return judged;
};

const iconOf = (line: RelianceLine, check: Check): { icon: string; label: string } => {
  if (line.state === 'accepted' && line.risk !== null) return { icon: '⚠', label: 'At risk' };
  if (line.state !== 'accepted') return { icon: '?', label: 'Not agreed yet' };
  if (awaitsWork(line) && check === 'checking') return { icon: '…', label: 'Checking its work' };
  if (awaitsWork(line) && check === 'failed') return { icon: '?', label: 'Its work could not be checked' };
  return { icon: '✓', label: 'Agreed, on plan' };
};

export function RelianceLines({ context }: { context: GoalContext }) {
  const { lines, check } = useJudged(context);
  if (lines.length === 0) return null;
  const titleOf = new Map(context.chain.flatMap((l) => (l.kind === 'goal' ? [[l.id, l.title] as const] : [])));
  return (
    <section className="tl-reliance" aria-labelledby="tl-reliance-title" data-testid="panel-reliance" aria-busy={check === 'checking'}>
      <h3 id="tl-reliance-title" className="tl-level">
        What these goals rely on
      </h3>
      <ul className="tl-reliance-list">
        {lines.map((line) => {
          const { before, after } = relianceParts(line);
          const atRisk = line.state === 'accepted' && line.risk !== null;
          const { icon, label } = iconOf(line, check);
          return (
            <li
              key={`${line.goalId}-${line.provider.id}-${line.neededBy}`}
              className={atRisk ? 'tl-reliance--at-risk' : undefined}
              data-testid="reliance-line"
              data-risk={atRisk ? 'at-risk' : awaitsWork(line) && check !== 'done' ? 'unchecked' : 'none'}
            >
              <span className="tl-reliance-icon" title={label}>
                <span aria-hidden="true">{icon}</span>
                <span className="tl-visually-hidden">{label}: </span>
              </span>
              <span>
                <strong>{titleOf.get(line.goalId) ?? 'A goal of this chain'}</strong>: {before}
                <GoalLink goalId={line.provider.id} testId="reliance-goal-link">
                  {line.provider.title}
                </GoalLink>
                {after}
                {awaitsWork(line) && check === 'checking' && <span className="tl-subtle"> (checking its work…)</span>}
                {awaitsWork(line) && check === 'failed' && <span className="tl-subtle"> (whether its work is on plan could not be checked)</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
