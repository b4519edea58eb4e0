// "Input from the work" on a goal's page: what people on the work said about the goal. Its leader and manager see
// every piece with its author (anonymous ones too) and the issue as a link, and triage it; strategy editors see
// every piece, anonymous ones as "Anonymous"; everyone else sees how much there is, and their own input with its
// answer. The server cuts the answer to what the reader may see; this only lays it out.
import type { ReactNode } from 'react';
import { inputCalls, type GoalInputView, type InputAccess } from '../../../../src/shared/api/input';
import type { InputCounts } from '../../../../src/shared/api/input-view';
import { INPUT_KIND_LABEL } from '../../../../src/shared/model/input';
import { useCall } from '../../../kit/api/useCall';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { InputItem } from './InputItem';
import { triageOrder } from './input-order';
import './goal-input.css';

const WHO_SEES: Record<InputAccess, string> = {
  triage:
    'You lead or manage this goal: you see who wrote each piece, even those whose name is shown only to you, and you answer them. Open input comes first, the longest waiting at the top.',
  read: 'As a strategy editor you see every piece; a piece whose author asked to be named only to its leader and manager shows no name. Its leader and manager answer it.',
  counts: 'Its leader and manager read what people on the work say about this goal. You see how much there is, and your own input.',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const countsWords = (c: InputCounts): string =>
  c.total === 0
    ? 'No input yet.'
    : `${plural(c.total, 'piece', 'pieces')} of input: ${c.working} ${INPUT_KIND_LABEL.working.toLowerCase()}, ${c.change} ${INPUT_KIND_LABEL.change.toLowerCase()}. ${c.open} open, ${c.answered} answered, ${c.taken} taken into a check-in, ${c.notNow} not now.`;

function InputList({ view, onChanged }: { view: GoalInputView; onChanged(text: string): void }) {
  const others = view.access === 'counts';
  return (
    <>
      <p className="tl-small tl-subtle gi-intro" data-testid="input-who-sees">
        {WHO_SEES[view.access]}
      </p>
      <p className="gi-intro" data-testid="input-counts">
        {countsWords(view.counts)}
      </p>
      {others && view.items.length > 0 && <h3 className="gi-mine">Your input</h3>}
      {view.items.length > 0 && (
        <ol className="gi-list" aria-label={others ? 'Your input on this goal' : 'Input on this goal'} data-testid="goal-input-list">
          {(others ? view.items : triageOrder(view.items)).map((i) => (
            <InputItem key={i.id} input={i} canTriage={view.access === 'triage'} onChanged={onChanged} />
          ))}
        </ol>
      )}
      {view.truncated && <p className="tl-small tl-subtle">Showing the newest input; there is more than one page holds.</p>}
    </>
  );
}

/** Keyed by the page's version of the goal's data: a check-in or a triage elsewhere on the page reads it again. */
export function InputSection({ goalId, onChanged, notice }: { goalId: string; onChanged(text: string): void; notice?: ReactNode }) {
  const { state, retry } = useCall(inputCalls.ofGoal, { goalId });
  return (
    <section className="tl-stack" aria-labelledby="gp-input" data-testid="goal-input">
      <h2 id="gp-input">Input from the work</h2>
      {notice}
      {state.status === 'loading' && <Loading label="Loading input from the work…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
      {state.status === 'ready' && <InputList view={state.data} onChanged={onChanged} />}
    </section>
  );
}
