// Commitments up: where this goal stands with its parent ("Committed by Daniel Okafor on 28 Nov 2026", "Not
// committed", or asked again after a change), with "Commit" and "Raise a concern" for its leader, manager and
// strategy editors; then the commitments of its sub-goals to it.
import { useRef, useState } from 'react';
import type { CommitmentView } from '../../../../src/shared/api/agreements';
import type { CommitmentState } from '../../../../src/shared/model/agreement';
import { COMMITMENT_LOOK, commitmentHeadline } from '../../../kit/ui/agreements/words';
import { openGoal } from '../workspace-nav';
import { CommitForm } from './CommitForm';
import { notCommittedLine } from './section-model';
import { Thread } from './Thread';

function CommitmentLozenge({ view }: { view: CommitmentView }) {
  const look = COMMITMENT_LOOK[view.status];
  return (
    <span className={`tl-lozenge tl-lozenge--${look.tone}`} data-testid="commitment-state" data-status={view.status}>
      <span aria-hidden="true">{look.icon}</span>
      {look.word}
    </span>
  );
}

interface Props {
  commitment: CommitmentView;
  onSaved(view: CommitmentView): void;
  onStale(): void;
}

export function CommitmentBlock({ commitment: c, onSaved, onStale }: Props) {
  const [form, setForm] = useState<CommitmentState | null>(null);
  const opener = useRef<Record<CommitmentState, HTMLButtonElement | null>>({ committed: null, concern: null });
  const close = (state: CommitmentState) => {
    setForm(null);
    setTimeout(() => opener.current[state]?.focus(), 0);
  };
  if (c.status === 'no-parent' || !c.parent) {
    return (
      <p className="tl-subtle" data-testid="commitment">
        A {c.goal.level === 'strategy' ? 'strategy goal sits at the top' : 'goal without a parent has no one to commit to'}; its sub-goals commit to it.
      </p>
    );
  }
  const again = c.status === 'ask-again' || c.status === 'concern';
  return (
    <div className="tl-stack ag-commitment" data-testid="commitment">
      <div className="tl-row">
        <CommitmentLozenge view={c} />
        {c.status !== 'not-committed' && <strong data-testid="commitment-headline">{commitmentHeadline(c)}</strong>}
        <span className="tl-small tl-subtle">
          to{' '}
          <button type="button" className="sc-link" onClick={() => openGoal(c.parent!.id)}>
            {c.parent.title}
          </button>
        </span>
      </div>
      {c.text && c.status !== 'ask-again' && <blockquote className="ag-ask">{c.text}</blockquote>}
      {c.status === 'not-committed' && (
        <p className="tl-small tl-subtle" data-testid="commitment-none">
          {notCommittedLine(c.canCommit)}
        </p>
      )}
      {c.rounds.length > 1 && (
        <details className="ag-thread-box">
          <summary className="tl-small">Earlier: {c.rounds.length + (c.roundsOmitted ?? 0)} rounds</summary>
          <Thread rounds={c.rounds} label="The commitment’s rounds" omitted={c.roundsOmitted} gapAt="start" />
        </details>
      )}
      {c.canCommit && form === null && (
        <div className="tl-row tl-noprint">
          <button
            ref={(el) => {
              opener.current.committed = el;
            }}
            type="button"
            className={`tl-button${c.status === 'committed' ? '' : ' tl-button--primary'}`}
            onClick={() => setForm('committed')}
          >
            {c.status === 'committed' ? 'Commit again' : again ? 'Commit now' : 'Commit'}
          </button>
          <button
            ref={(el) => {
              opener.current.concern = el;
            }}
            type="button"
            className="tl-button"
            onClick={() => setForm('concern')}
          >
            Raise a concern
          </button>
        </div>
      )}
      {form && (
        <CommitForm
          commitment={c}
          state={form}
          onSaved={(view) => {
            setForm(null);
            onSaved(view);
          }}
          onCancel={() => close(form)}
          onStale={onStale}
        />
      )}
    </div>
  );
}

/** The sub-goals' commitments to this goal, one line each. */
export function ChildCommitments({ commitments }: { commitments: readonly CommitmentView[] }) {
  if (commitments.length === 0) return <p className="tl-subtle">No sub-goals you can see.</p>;
  return (
    <ul className="ag-children" aria-label="Commitments of the sub-goals" data-testid="child-commitments">
      {commitments.map((c) => (
        <li key={c.goal.id} className="ag-child" data-testid="child-commitment" data-goal={c.goal.id}>
          <button type="button" className="sc-link" onClick={() => openGoal(c.goal.id)}>
            {c.goal.title}
          </button>
          <CommitmentLozenge view={c} />
          {c.status !== 'not-committed' && <span data-testid="commitment-headline">{commitmentHeadline(c)}</span>}
          {c.text && c.status !== 'ask-again' && <span className="tl-small tl-subtle ag-child-text">“{c.text}”</span>}
        </li>
      ))}
    </ul>
  );
}
