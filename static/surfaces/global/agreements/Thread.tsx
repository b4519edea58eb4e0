// The thread of an agreement: every round with who, what, when and their words, oldest first.
import type { RoundView } from '../../../../src/shared/api/agreements';
import { roundWords } from '../../../kit/ui/agreements/words';
import { formatMoment } from '../format';

export function Thread({ rounds, label }: { rounds: readonly RoundView[]; label: string }) {
  if (rounds.length === 0) return null;
  return (
    <ol className="ag-thread" aria-label={label} data-testid="agreement-thread">
      {rounds.map((r, i) => (
        <li key={`${r.at}-${i}`} className="ag-round" data-testid="agreement-round" data-action={r.action}>
          <div className="ag-round-head">
            <strong>{roundWords(r)}</strong>
            <time className="tl-small tl-subtle" dateTime={r.at}>
              {formatMoment(r.at)}
            </time>
          </div>
          {r.text && <p className="ag-round-text">{r.text}</p>}
        </li>
      ))}
    </ol>
  );
}
