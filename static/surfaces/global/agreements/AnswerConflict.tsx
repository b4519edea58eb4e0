// When someone else answered the same agreement first (CONFLICT): their version beside the answer you meant to
// send, and the ways on — send yours on top of theirs when it still applies, or keep theirs. Nothing is lost
// without you seeing it.
import type { SupportView } from '../../../../src/shared/api/agreements';
import type { SupportAnswer } from '../../../../src/shared/model/agreement';
import { AgreementLozenge } from '../../../kit/ui/agreements/AgreementLozenge';
import { ACTION_LABEL, answerChoices, headline, roundWords } from '../../../kit/ui/agreements/words';
import { formatDay, formatMoment } from '../format';

const answerText = (a: SupportAnswer): string => {
  switch (a.action) {
    case 'counter':
      return `${a.terms} (needed by ${formatDay(a.neededBy)})`;
    case 'decline':
    case 'break':
    case 'flag':
      return a.reason;
    case 'withdraw':
      return a.reason ?? '';
    case 'fulfil':
    case 'unflag':
    case 'acknowledge':
      return a.note ?? '';
    case 'accept':
      return '';
  }
};

interface Props {
  current: SupportView;
  mine: SupportAnswer;
  /** The side of the goal whose page this is. */
  pageSide: 'asker' | 'provider';
  pending: boolean;
  onSendMine(): void;
  onKeepTheirs(): void;
}

export function AnswerConflict({ current, mine, pageSide, pending, onSendMine, onKeepTheirs }: Props) {
  const last = current.rounds[current.rounds.length - 1];
  // Still this page's side's to take: sending it anyway never answers for the other side.
  const stillPossible = answerChoices(current, pageSide).some((c) => c.action === mine.action);
  const label = ACTION_LABEL[mine.action];
  return (
    <section className="tl-stack sc-conflict ag-conflict" role="alert" aria-labelledby={`ag-conflict-${current.id}`} data-testid="agreement-conflict">
      <h4 id={`ag-conflict-${current.id}`}>
        <span aria-hidden="true">⚠ </span>Someone else answered first
      </h4>
      <div className="ag-conflict-sides">
        <div className="tl-stack ag-conflict-side">
          <span className="tl-small tl-subtle">Theirs (saved)</span>
          <div className="tl-row">
            <AgreementLozenge agreement={current} />
            <span>{headline(current)}</span>
          </div>
          {last && (
            <p className="tl-small">
              {roundWords(last)}, {formatMoment(last.at)}
              {last.text && <>: “{last.text}”</>}
            </p>
          )}
        </div>
        <div className="tl-stack ag-conflict-side">
          <span className="tl-small tl-subtle">Yours (not sent)</span>
          <strong>{label}</strong>
          {answerText(mine) && <p className="tl-small">“{answerText(mine)}”</p>}
        </div>
      </div>
      {!stillPossible && <p className="tl-small">After their answer you can no longer {label.toLowerCase()} this agreement.</p>}
      <div className="tl-row">
        {stillPossible && (
          <button type="button" className="tl-button tl-button--primary" disabled={pending} onClick={onSendMine}>
            {pending ? 'Sending…' : `${label} anyway`}
          </button>
        )}
        <button type="button" className="tl-button" disabled={pending} onClick={onKeepTheirs}>
          Keep theirs
        </button>
      </div>
    </section>
  );
}
