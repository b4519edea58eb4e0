// "Your input": what the viewer said about the goals of this chain, newest first, and what became of it, with the
// answer in the words of the goal's leader or manager. Only the viewer's own input is ever here.
import type { InputView } from '../../../src/shared/api/input-view';
import type { GoalContext } from '../../../src/shared/api/panel';
import { INPUT_KIND_LABEL } from '../../../src/shared/model/input';
import { formatDay } from '../../kit/ui/dates';
import { eitherOf, replyOf, stateSentence } from '../../kit/ui/input-words';
import './input.css';

export function MyInput({ context, sent }: { context: GoalContext; sent: readonly InputView[] }) {
  const stored = context.input?.mine ?? [];
  const mine = [...sent.filter((s) => !stored.some((i) => i.id === s.id)), ...stored];
  if (mine.length === 0) return null;
  const goals = new Map(context.chain.flatMap((l) => (l.kind === 'goal' ? [[l.id, l] as const] : [])));
  return (
    <section className="tl-stack tl-my-input" aria-labelledby="tl-my-input" data-testid="my-input">
      <h3 id="tl-my-input">Your input</h3>
      <ul className="tl-input-list">
        {mine.map((i) => {
          const goal = goals.get(i.goalId);
          const reply = replyOf(i.triage);
          return (
            <li key={i.id} className="tl-input-item" data-testid="my-input-item" data-state={i.triage.state}>
              <div className="tl-small tl-subtle">
                <strong className="tl-input-kind-label">{INPUT_KIND_LABEL[i.kind]}</strong> on {goal?.title ?? 'a goal above this work'} ·{' '}
                {formatDay(i.createdAt.slice(0, 10))}
                {i.issue ? ' · from this issue' : ' · from another issue'}
                {i.anonymous ? ' · name shown only to the goal’s leader and manager' : ''}
              </div>
              <p className="tl-input-text">{i.text}</p>
              <p className="tl-small tl-input-state">{stateSentence(i.triage, goal ? eitherOf([goal.leader, goal.manager]) : undefined)}</p>
              {reply && (
                <blockquote className="tl-input-reply" data-testid="input-reply">
                  {reply}
                </blockquote>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
