// "Sub-goals and proposals" on a goal's page: Add a sub-goal (its leader or manager, or a strategy editor: active at
// once), Propose a sub-goal (anyone else who can see it), Propose a Self goal (where the reader's work serves it),
// and the proposals under it the reader may see, with Approve and Decline for its deciders.
import { useState, type ReactNode } from 'react';
import { proposalCalls } from '../../../../src/shared/api/proposals';
import { useCall } from '../../../kit/api/useCall';
import { useProductContext } from '../../../kit/api/useProductContext';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { ProposalItem } from './ProposalItem';
import { SubGoalForm, type SubGoalMode } from './SubGoalForm';
import { zoneSentence } from './proposal-words';
import './proposals.css';

interface Props {
  goalId: string;
  goalTitle: string;
  onChanged(text: string): void;
  /** What the last change here did, shown under the heading. */
  notice?: ReactNode;
}

export function SubGoalsSection({ goalId, goalTitle, onChanged, notice }: Props) {
  const { state, retry } = useCall(proposalCalls.ofGoal, { goalId });
  const context = useProductContext();
  const me = context.status === 'ready' ? (context.context.accountId ?? null) : null;
  const [form, setForm] = useState<SubGoalMode | null>(null);
  const done = (text: string) => {
    setForm(null);
    retry();
    onChanged(text);
  };
  return (
    <section className="tl-stack" aria-labelledby="gp-sub-goals" data-testid="sub-goals">
      <h2 id="gp-sub-goals">Sub-goals and proposals</h2>
      {notice}
      {state.status === 'loading' && <Loading label="Loading proposals…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          <p className="tl-small tl-subtle" data-testid="sub-goals-zone">
            {zoneSentence(state.data)}
          </p>
          {!form && (
            <div className="tl-row tl-noprint">
              {state.data.mayAdd && (
                <button type="button" className="tl-button" onClick={() => setForm('add')} data-testid="add-sub-goal">
                  Add a sub-goal
                </button>
              )}
              {state.data.mayPropose && (
                <button type="button" className="tl-button" onClick={() => setForm('propose')} data-testid="propose-sub-goal">
                  Propose a sub-goal
                </button>
              )}
              {state.data.mayProposeSelf && (
                <button type="button" className="tl-button" onClick={() => setForm('self')} data-testid="propose-self-goal">
                  Propose a Self goal
                </button>
              )}
            </div>
          )}
          {form && (
            <SubGoalForm
              parentId={goalId}
              parentTitle={goalTitle}
              mode={form}
              levels={state.data.levels}
              me={me}
              onDone={done}
              onCancel={() => setForm(null)}
            />
          )}
          {state.data.proposals.length > 0 && (
            <ol className="pr-list" aria-label="Proposed sub-goals" data-testid="proposals">
              {state.data.proposals.map((p) => (
                <ProposalItem key={p.id} proposal={p} onChanged={done} />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  );
}
