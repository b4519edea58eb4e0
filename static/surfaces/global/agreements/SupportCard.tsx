// One support agreement on a goal's page, as an executive reads it in five seconds: its state (icon and word), the
// date it is needed by, the other goal (a link), whether it is at risk and why, who asked and who answered, then
// what was asked, the thread of rounds and the answers this viewer may give.
import { useState } from 'react';
import { agreementCalls, type RoundView, type SupportView } from '../../../../src/shared/api/agreements';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import type { SupportAnswer } from '../../../../src/shared/model/agreement';
import { AgreementLozenge } from '../../../kit/ui/agreements/AgreementLozenge';
import { headline, turnWords } from '../../../kit/ui/agreements/words';
import { call } from '../../../kit/api/invoke';
import { openGoal } from '../workspace-nav';
import { AnswerPanel } from './AnswerPanel';
import { Thread } from './Thread';

interface Props {
  agreement: SupportView;
  /** Which side this page's goal is on: it relies on the other goal (`asks`), or the other relies on it. */
  side: 'asks' | 'provides';
  today: string;
  onAnswered(agreement: SupportView, what: SupportAnswer['action'] | 'kept-theirs'): void;
}

/** What the quoted words are: after a counter they are the counter's terms, not what was first asked. */
const askLabel = (state: SupportView['state']): string =>
  state === 'accepted' || state === 'fulfilled' ? 'What was agreed' : state === 'countered' ? 'The latest terms (a counter)' : 'What is asked';

export function SupportCard({ agreement, side, today, onAnswered }: Props) {
  // After a CONFLICT the card shows the agreement as it now is (the other person's answer, a flag raised meanwhile),
  // while the answer panel keeps the viewer's own answer to send on top or drop.
  const [seen, setSeen] = useState<SupportView | null>(null);
  const a = seen !== null && seen.version > agreement.version ? seen : agreement;
  const [whole, setWhole] = useState<{ version: number; rounds: RoundView[] } | 'loading' | null>(null);
  const full = whole !== null && whole !== 'loading' && whole.version === a.version ? whole.rounds : null;
  const showAll = () => {
    setWhole('loading');
    call(agreementCalls.get, { id: a.id }).then(
      (v) => setWhole({ version: v.version, rounds: v.rounds }),
      () => setWhole(null),
    );
  };
  const rounds = full ?? a.rounds;
  const omitted = full ? 0 : (a.roundsOmitted ?? 0);
  const other = side === 'asks' ? a.to : a.from;
  const here = side === 'asks' ? a.from.id : a.to.id;
  const turn = turnWords(a, here);
  const titleId = `ag-${a.id}-title`;
  return (
    <li
      className={`tl-card ag-card${a.risks.length > 0 && a.state === 'accepted' ? ' ag-card--at-risk' : ''}`}
      data-testid="agreement"
      data-agreement={a.id}
      data-state={a.state}
    >
      <article className="tl-stack ag-card-body" aria-labelledby={titleId}>
        <header className="ag-card-head">
          <h4 id={titleId} className="ag-other">
            <span className="ag-side">{side === 'asks' ? 'Relies on ' : 'Relied on by '}</span>
            <button type="button" className="sc-link" onClick={() => openGoal(other.id)} data-testid="agreement-goal">
              {other.title}
            </button>
            <span className="tl-small tl-subtle">
              {' '}
              · {LEVEL_LABEL[other.level]} goal{other.status !== 'active' ? ` · ${other.status}` : ''}
            </span>
          </h4>
          <div className="tl-row">
            <AgreementLozenge agreement={a} />
            <strong data-testid="agreement-headline">{headline(a)}</strong>
            {turn && (
              <span className={`tl-small ${turn.overdue ? 'ag-overdue' : 'tl-subtle'}`} data-testid="agreement-turn">
                {turn.overdue && <span aria-hidden="true">⏳ </span>}
                {turn.text}
              </span>
            )}
          </div>
        </header>
        {a.state === 'accepted' && a.risks.length > 0 && (
          <ul className="ag-risks" aria-label="Why it is at risk" data-testid="agreement-risks">
            {a.risks.map((r) => (
              <li key={r.reason}>
                <span aria-hidden="true">⚠ </span>
                {r.sentence}
              </li>
            ))}
          </ul>
        )}
        <div className="ag-ask-box">
          <span className="tl-small tl-subtle">{askLabel(a.state)}</span>
          <blockquote className="ag-ask" data-testid="agreement-ask">
            {a.ask}
          </blockquote>
        </div>
        <p className="tl-small tl-subtle" data-testid="agreement-people">
          Asked by {a.proposedBy?.displayName ?? 'someone no longer here'}
          {a.answeredBy ? ` · answered by ${a.answeredBy.displayName}` : ' · no answer yet'}
        </p>
        <details className="ag-thread-box" open={a.state === 'proposed' || a.state === 'countered' || a.rounds.length + (a.roundsOmitted ?? 0) <= 3}>
          <summary className="tl-small">
            Thread: {rounds.length + omitted} {rounds.length + omitted === 1 ? 'round' : 'rounds'}
          </summary>
          <Thread
            rounds={rounds}
            label={`Thread of the agreement with ${other.title}`}
            omitted={omitted}
            onShowAll={showAll}
            loadingAll={whole === 'loading'}
          />
        </details>
        <AnswerPanel agreement={agreement} pageSide={side === 'asks' ? 'asker' : 'provider'} today={today} onAnswered={onAnswered} onConflict={setSeen} />
      </article>
    </li>
  );
}
