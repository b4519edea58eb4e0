// "My goals" (the workspace's /mine tab): every live goal I lead or manage, at every level, with its KPI health
// and what it waits on from me; and every goal I proposed with what became of it (waiting for approval, declined
// with the reason, approved).
import { proposalCalls, type MyGoal } from '../../../../src/shared/api/proposals';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import { useCall } from '../../../kit/api/useCall';
import { EmptyState } from '../../../kit/ui/EmptyState';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { GoalLink } from '../../../kit/ui/GoalLink';
import { HealthMarker } from '../../../kit/ui/HealthMarker';
import { Loading } from '../../../kit/ui/Loading';
import { ProposalItem } from './ProposalItem';
import { roomWords } from './proposal-words';
import { openRoute } from '../workspace-nav';
import { PROPOSALS_PENDING_MAX } from '../../../../src/shared/model/proposal';
import './proposals.css';

const ROLE_WORDS = (roles: MyGoal['roles']) => (roles.length === 2 ? 'You lead and manage it' : roles[0] === 'leader' ? 'You lead it' : 'You manage it');

function GoalRow({ item }: { item: MyGoal }) {
  return (
    <li className="mg-item" data-testid="my-goal" data-goal={item.goal.id} data-level={item.goal.level}>
      <div className="tl-row tl-small">
        <span>{LEVEL_LABEL[item.goal.level]}</span>
        <span className="tl-subtle">· {ROLE_WORDS(item.roles)}</span>
        <HealthMarker health={item.health} />
      </div>
      <GoalLink goalId={item.goal.id} className="pr-title">
        {item.goal.title}
      </GoalLink>
      {item.waitsOn.length === 0 ? (
        <span className="tl-small tl-subtle">Nothing waits on you here.</span>
      ) : (
        <ul className="mg-waits tl-small" aria-label="Waiting on you" data-testid="my-goal-waits">
          {item.waitsOn.map((w) => (
            <li key={w.kind} data-kind={w.kind}>
              {w.sentence}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export function MyGoalsTab() {
  const { state, retry } = useCall(proposalCalls.mine, {});
  return (
    <main className="tl-page tl-stack" data-testid="my-goals">
      <h1>My goals</h1>
      {state.status === 'loading' && <Loading label="Loading your goals…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          <section className="tl-stack" aria-labelledby="mg-led">
            <h2 id="mg-led">Goals you lead or manage</h2>
            <p className="tl-small tl-subtle" data-testid="due-pointer" hidden={state.data.goals.length === 0}>
              Each goal lists what waits on your decision; its check-ins and KPI values due are in{' '}
              <button type="button" className="tl-goal-link" onClick={() => openRoute('/due')}>
                Due from you
              </button>
              .
            </p>
            {state.data.goals.length === 0 ? (
              <EmptyState title="You lead or manage no goal yet">
                Open a goal your work serves and propose a Self goal under it, or propose a sub-goal to its leader.
              </EmptyState>
            ) : (
              <ol className="mg-list">
                {state.data.goals.map((g) => (
                  <GoalRow key={g.goal.id} item={g} />
                ))}
              </ol>
            )}
          </section>
          <section className="tl-stack" aria-labelledby="mg-proposed">
            <h2 id="mg-proposed">Goals you proposed</h2>
            <p className="tl-small tl-subtle" data-testid="pending-room">
              {roomWords(state.data.pendingRoom, PROPOSALS_PENDING_MAX)}
            </p>
            {state.data.proposals.length === 0 ? (
              <p className="tl-subtle">You have proposed no goal yet.</p>
            ) : (
              <ol className="pr-list" data-testid="my-proposals">
                {state.data.proposals.map((p) => (
                  <ProposalItem key={p.id} proposal={p} onChanged={retry} showParent />
                ))}
              </ol>
            )}
          </section>
        </>
      )}
    </main>
  );
}
