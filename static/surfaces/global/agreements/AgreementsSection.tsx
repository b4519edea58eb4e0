// The goal page's Agreements section (its own lazily loaded chunk): the commitment to the parent, what the goal
// relies on and what relies on it (each with state, date, risk, people, thread and answers), "Ask for support"
// and the sub-goals' commitments; a link to the agreement web of its branch. The outsider, who may not see both
// goals of an agreement, gets none of it: the server leaves those out.
import { useRef, useState, type ReactNode } from 'react';
import type { CommitmentView, GoalAgreementsView, SupportView } from '../../../../src/shared/api/agreements';
import { NOT_A_READER, type SupportAnswer } from '../../../../src/shared/model/agreement';
import type { GoalSummary } from '../../../../src/shared/model/goal';
import { commitmentHeadline, headline } from '../../../kit/ui/agreements/words';
import { openRoute } from '../workspace-nav';
import { PartView } from '../goal/GoalSections';
import type { Part } from '../goal/useGoalPage';
import { AskForm } from './AskForm';
import { ChildCommitments, CommitmentBlock } from './CommitmentBlock';
import { sectionSummary, splitLive, topOf } from './section-model';
import { SupportCard } from './SupportCard';
import { webRoute } from './web/web-route';
import './agreements.css';

interface Props {
  goal: { id: string; title: string };
  agreements: Part<GoalAgreementsView>;
  goals: readonly GoalSummary[];
  today: string;
  retry(): void;
  /** After a change: say what happened and read the page again (risks, gaps and counts move with it). */
  onChanged(message: string): void;
}

const DONE: Record<SupportAnswer['action'] | 'kept-theirs', string> = {
  accept: 'Accepted',
  counter: 'Counter sent',
  decline: 'Declined',
  withdraw: 'Withdrawn',
  fulfil: 'Marked fulfilled',
  break: 'Marked broken',
  flag: 'Risk flagged: the asking goal sees it',
  unflag: 'Flag cleared',
  acknowledge: 'Risk acknowledged: the providing goal sees it',
  'kept-theirs': 'Their answer stands',
};

function SupportList({
  list,
  side,
  today,
  onAnswered,
  empty,
}: {
  list: readonly SupportView[];
  side: 'asks' | 'provides';
  today: string;
  onAnswered: Props['onChanged'];
  empty: string;
}) {
  const { live, closed } = splitLive(list, side === 'asks' ? 'asker' : 'provider');
  const answered = (a: SupportView, what: SupportAnswer['action'] | 'kept-theirs') => onAnswered(`${DONE[what]}. ${headline(a)}.`);
  return (
    <>
      {live.length === 0 && <p className="tl-subtle">{empty}</p>}
      {live.length > 0 && (
        <ul className="ag-list" data-testid={side === 'asks' ? 'relies-on' : 'relied-on-by'}>
          {live.map((a) => (
            <SupportCard key={a.id} agreement={a} side={side} today={today} onAnswered={answered} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details className="ag-closed">
          <summary className="tl-small">
            {closed.length} closed {closed.length === 1 ? 'agreement' : 'agreements'} (declined, withdrawn, fulfilled or broken)
          </summary>
          <ul className="ag-list" data-testid={side === 'asks' ? 'relies-on-closed' : 'relied-on-by-closed'}>
            {closed.map((a) => (
              <SupportCard key={a.id} agreement={a} side={side} today={today} onAnswered={answered} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

export function AgreementsSection({ goal, agreements, goals, today, retry, onChanged, notice }: Props & { notice?: ReactNode }) {
  const [asking, setAsking] = useState(false);
  const askButton = useRef<HTMLButtonElement>(null);
  const closeAsk = () => {
    setAsking(false);
    setTimeout(() => askButton.current?.focus(), 0);
  };
  const view = agreements.status === 'ready' ? agreements.data : null;
  // The server shows agreements only to those who take part in the strategy; to anyone else, not even where to look.
  const forbidden = agreements.status === 'error' && agreements.error.code === 'FORBIDDEN';
  const committed = (c: CommitmentView) => onChanged(`${commitmentHeadline(c)}.`);
  return (
    <section className="tl-stack ag-section" aria-labelledby="gp-agreements" data-testid="goal-agreements">
      <div className="gp-section-head">
        <h2 id="gp-agreements">Agreements</h2>
        <div className="tl-row tl-noprint">
          {!forbidden && (
            <button type="button" className="tl-button" onClick={() => openRoute(webRoute(topOf(goals, goal.id)))} data-testid="open-web">
              Agreement web
            </button>
          )}
          {view?.canAsk && !asking && (
            <button ref={askButton} type="button" className="tl-button tl-button--primary" onClick={() => setAsking(true)}>
              Ask for support
            </button>
          )}
        </div>
      </div>
      {notice}
      {forbidden ? (
        <p className="tl-subtle" data-testid="agreements-not-shown">
          {NOT_A_READER}.
        </p>
      ) : (
        <PartView part={agreements} loading="Loading the agreements…" retry={retry}>
          {(v) => (
            <>
              <p className="ag-summary" data-testid="agreements-summary">
                {sectionSummary(v)}
              </p>
              {asking && (
                <AskForm
                  from={goal}
                  goals={goals}
                  today={today}
                  onCancel={closeAsk}
                  onSent={(a) => {
                    setAsking(false);
                    onChanged(`Asked ${a.to.title} for support: ${headline(a)}.`);
                  }}
                />
              )}
              <div className="tl-stack ag-part">
                <h3>Commitment to its parent</h3>
                <CommitmentBlock
                  commitment={v.commitment}
                  onSaved={committed}
                  onStale={() => onChanged('Someone else answered for this goal meanwhile; this is the page as it is now.')}
                />
              </div>
              <div className="tl-stack ag-part">
                <h3>Relies on</h3>
                <SupportList list={v.reliesOn} side="asks" today={today} onAnswered={onChanged} empty="This goal relies on no other goal yet." />
              </div>
              <div className="tl-stack ag-part">
                <h3>Relied on by</h3>
                <SupportList list={v.reliedOnBy} side="provides" today={today} onAnswered={onChanged} empty="No other goal relies on this one yet." />
              </div>
              {v.childCommitments.length > 0 && (
                <div className="tl-stack ag-part">
                  <h3>Sub-goals’ commitments</h3>
                  <ChildCommitments commitments={v.childCommitments} />
                </div>
              )}
            </>
          )}
        </PartView>
      )}
    </section>
  );
}
