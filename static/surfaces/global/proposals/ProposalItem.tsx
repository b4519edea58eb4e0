// One proposed goal: what it is, who proposed it under which goal, what became of it (a decline's reason as text),
// for its deciders Approve and Decline with a reason, and for its proposer, while it waits, Withdraw.
import { useId, useState, type FormEvent } from 'react';
import { proposalCalls, type ProposalView } from '../../../../src/shared/api/proposals';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import { PROPOSAL_REASON_MAX } from '../../../../src/shared/model/proposal';
import { useMutation } from '../../../kit/api/mutation';
import { formatDay } from '../../../kit/ui/dates';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { GoalLink } from '../../../kit/ui/GoalLink';
import { Lozenge } from '../../../kit/ui/Lozenge';
import { decisionSentence, proposedSentence, STATE_TONE, STATE_WORD } from './proposal-words';

function DecideActions({ proposal, onDone }: { proposal: ProposalView; onDone(text: string): void }) {
  const id = useId();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const { run, pending, error } = useMutation(proposalCalls.decide);
  const send = async (decision: { kind: 'approve' } | { kind: 'decline'; reason: string }) => {
    const out = await run({ proposalId: proposal.id, expectedVersion: proposal.version, decision });
    if (out)
      onDone(
        decision.kind === 'approve'
          ? `Approved “${proposal.title}”: it is an active goal now.`
          : `Declined “${proposal.title}”; its proposer sees your reason.`,
      );
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void send({ kind: 'decline', reason });
  };
  if (declining)
    return (
      <form className="tl-stack" onSubmit={submit} aria-label="Decline, with a reason">
        <div className="tl-field">
          <label htmlFor={`${id}-reason`}>Why not (its proposer reads it)</label>
          <textarea
            id={`${id}-reason`}
            className="tl-textarea"
            rows={2}
            value={reason}
            maxLength={PROPOSAL_REASON_MAX}
            onChange={(e) => setReason(e.target.value)}
            data-testid="decline-reason"
          />
        </div>
        <div className="tl-row">
          <button type="submit" className="tl-button tl-button--primary" disabled={pending || reason.trim() === ''} data-testid="decline-send">
            {pending ? 'Saving…' : 'Decline'}
          </button>
          <button type="button" className="tl-button" onClick={() => setDeclining(false)} disabled={pending}>
            Cancel
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
      </form>
    );
  return (
    <div className="tl-row">
      <button type="button" className="tl-button tl-button--primary" onClick={() => void send({ kind: 'approve' })} disabled={pending} data-testid="approve">
        Approve
      </button>
      <button type="button" className="tl-button" onClick={() => setDeclining(true)} disabled={pending} data-testid="decline">
        Decline…
      </button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

function WithdrawAction({ proposal, onDone }: { proposal: ProposalView; onDone(text: string): void }) {
  const [asking, setAsking] = useState(false);
  const { run, pending, error } = useMutation(proposalCalls.withdraw);
  const withdraw = async () => {
    const out = await run({ proposalId: proposal.id, expectedVersion: proposal.version });
    if (out) onDone(`Withdrew “${proposal.title}”: nobody needs to decide it any more.`);
  };
  return (
    <div className="tl-row">
      {asking ? (
        <>
          <span className="tl-small">Take it back? Its deciders still see that you proposed and withdrew it.</span>
          <button type="button" className="tl-button tl-button--primary" onClick={() => void withdraw()} disabled={pending} data-testid="withdraw-confirm">
            {pending ? 'Withdrawing…' : 'Withdraw it'}
          </button>
          <button type="button" className="tl-button" onClick={() => setAsking(false)} disabled={pending}>
            Keep it
          </button>
        </>
      ) : (
        <button type="button" className="tl-button" onClick={() => setAsking(true)} data-testid="withdraw">
          Withdraw…
        </button>
      )}
      {error && <ErrorMessage error={error} />}
    </div>
  );
}

export function ProposalItem({ proposal: p, onChanged, showParent = false }: { proposal: ProposalView; onChanged(text: string): void; showParent?: boolean }) {
  const d = p.decision;
  const people = [p.leader && `led by ${p.leader.displayName}`, p.manager && `managed by ${p.manager.displayName}`].filter(Boolean).join(', ');
  return (
    <li className="pr-item" data-testid="proposal" data-proposal={p.id} data-state={d.state}>
      <div className="tl-row tl-small">
        <Lozenge tone={STATE_TONE[d.state]}>{STATE_WORD[d.state]}</Lozenge>
        <span>{LEVEL_LABEL[p.level]}</span>
        <span className="tl-subtle">· {formatDay(p.createdAt.slice(0, 10))}</span>
      </div>
      {d.state === 'approved' ? (
        <GoalLink goalId={d.goalId} className="pr-title">
          {p.title}
        </GoalLink>
      ) : (
        <span className="pr-title" data-testid="proposal-title">
          {p.title}
        </span>
      )}
      <span className="tl-small tl-subtle">
        {showParent ? (
          <>
            {p.mine ? 'You proposed' : `${p.proposer.displayName} proposed`} it under <GoalLink goalId={p.parent.id}>{p.parent.title}</GoalLink>.
          </>
        ) : (
          proposedSentence(p)
        )}
        {people && ` ${people[0]!.toUpperCase()}${people.slice(1)}.`}
      </span>
      {p.description.trim() && <p className="pr-reason tl-small">{p.description}</p>}
      <span className="tl-small" data-testid="proposal-decision">
        {decisionSentence(p)}
      </span>
      {d.state === 'declined' && (
        <blockquote className="pr-reason" data-testid="proposal-reason">
          {d.reason}
        </blockquote>
      )}
      {p.mayDecide && <DecideActions proposal={p} onDone={onChanged} />}
      {p.mayWithdraw && <WithdrawAction proposal={p} onDone={onChanged} />}
    </li>
  );
}
