// What a closed period left unfinished, each with "Carry forward" (strategy editors): a linked goal in the next
// period of the same kind. Goals already carried show where they went.
import { useState } from 'react';
import { periodCalls, type CarryOptions, type UnfinishedGoal } from '../../../../src/shared/api/periods';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import { useMutation } from '../../../kit/api/mutation';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { GoalLink } from '../../../kit/ui/GoalLink';
import { day } from '../../../kit/ui/scorecard/words';

export function CarryList({ options, onChanged }: { options: CarryOptions; onChanged: (o: CarryOptions) => void }) {
  const carry = useMutation(periodCalls.carry);
  const [busy, setBusy] = useState<string | null>(null);
  const run = async (goalId: string) => {
    setBusy(goalId);
    const out = await carry.run({ periodId: options.period.id, goalId });
    setBusy(null);
    if (out) onChanged(out);
  };
  const due = options.goals.filter((g) => g.dueInPeriod);
  const later = options.goals.filter((g) => !g.dueInPeriod);
  const waiting = due.filter((g) => !g.carriedTo);
  const GoalList = ({ goals }: { goals: UnfinishedGoal[] }) =>
    goals.length === 0 ? (
      <p className="tl-small tl-subtle">No goal was due in this period and left unfinished.</p>
    ) : (
      <ul className="pd-list">
        {goals.map((g) => (
          <li key={g.goalId} data-testid="carry-goal">
            <span>
              <GoalLink goalId={g.goalId}>{g.title}</GoalLink>{' '}
              <span className="tl-small tl-subtle">
                {LEVEL_LABEL[g.level]} · {g.dueInPeriod ? 'was due in this period' : 'goes on past it'}
              </span>
            </span>
            {g.carriedTo ? (
              <span className="tl-small">
                Carried forward as a new goal: <GoalLink goalId={g.carriedTo.id}>{g.carriedTo.title}</GoalLink>
              </span>
            ) : !g.dueInPeriod ? (
              <span className="tl-small tl-subtle">Carries on as it is: nothing to carry</span>
            ) : (
              options.canCarry &&
              options.next && (
                <button
                  type="button"
                  className="tl-button"
                  disabled={busy !== null}
                  onClick={() => void run(g.goalId)}
                  aria-label={`Carry “${g.title}” forward to ${options.next.name}`}
                >
                  {busy === g.goalId ? 'Carrying…' : `Carry forward to ${options.next.name}`}
                </button>
              )
            )}
          </li>
        ))}
      </ul>
    );
  return (
    <div className="tl-stack" data-testid="carry-list">
      <h3>Unfinished in {options.period.name}</h3>
      {options.goals.length === 0 ? (
        <p className="tl-subtle">Every goal of this period was achieved or archived.</p>
      ) : (
        <>
          <p className="tl-small tl-subtle">
            {options.next
              ? `Carrying a goal that was due in it forward adds a linked goal for ${options.next.name} (${day(options.next.start)} to ${day(options.next.end)}) with the same title, level, parent and people; both goals’ histories show the link.`
              : `No ${options.period.kind} after ${options.period.name} is defined yet: a Jira admin adds it on the Throughline settings page before goals can be carried forward.`}
          </p>
          {options.canCarry && options.next && waiting.length > 1 && (
            <div className="tl-row">
              <button
                type="button"
                className="tl-button"
                disabled={busy !== null}
                onClick={() =>
                  void (async () => {
                    for (const g of waiting) await run(g.goalId);
                  })()
                }
              >
                Carry all {waiting.length} due goals forward
              </button>
            </div>
          )}
          <GoalList goals={due} />
          {later.length > 0 && (
            <details>
              <summary className="tl-small">
                {later.length} more {later.length === 1 ? 'goal goes' : 'goals go'} on past {options.period.name}
              </summary>
              <GoalList goals={later} />
            </details>
          )}
        </>
      )}
      {carry.error && <ErrorMessage error={carry.error} />}
    </div>
  );
}
