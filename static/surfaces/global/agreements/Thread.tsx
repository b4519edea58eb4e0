// The thread of an agreement: every round with who, what, when and their words, oldest first. A long thread on a
// list keeps its first round and the latest ones; the gap says how many are left out, with a way to read them all.
import { Fragment } from 'react';
import type { RoundView } from '../../../../src/shared/api/agreements';
import { roundWords } from '../../../kit/ui/agreements/words';
import { formatMoment } from '../format';

interface Props {
  rounds: readonly RoundView[];
  label: string;
  /** Rounds left out after the first one (the server's `roundsOmitted`). */
  omitted?: number | undefined;
  /** Reads the whole thread; given where it can be read (support agreements). */
  onShowAll?: (() => void) | undefined;
  loadingAll?: boolean;
  /** Where the left-out rounds were: after the first (support threads) or before all shown (commitments keep the latest). */
  gapAt?: 'after-first' | 'start';
}

export function Thread({ rounds, label, omitted = 0, onShowAll, loadingAll = false, gapAt = 'after-first' }: Props) {
  if (rounds.length === 0) return null;
  const gap = (
    <li className="ag-round ag-round--gap tl-small tl-subtle" data-testid="rounds-omitted">
      {omitted} earlier {omitted === 1 ? 'round' : 'rounds'} not shown{' '}
      {onShowAll && (
        <button type="button" className="sc-link tl-small" onClick={onShowAll} disabled={loadingAll}>
          {loadingAll ? 'Loading…' : 'Show the whole thread'}
        </button>
      )}
    </li>
  );
  return (
    <ol className="ag-thread" aria-label={label} data-testid="agreement-thread">
      {omitted > 0 && gapAt === 'start' && gap}
      {rounds.map((r, i) => (
        <Fragment key={`${r.at}-${i}`}>
          <li className="ag-round" data-testid="agreement-round" data-action={r.action}>
            <div className="ag-round-head">
              <strong>{roundWords(r)}</strong>
              <time className="tl-small tl-subtle" dateTime={r.at}>
                {formatMoment(r.at)}
              </time>
            </div>
            {r.text && <p className="ag-round-text">{r.text}</p>}
          </li>
          {i === 0 && omitted > 0 && gapAt === 'after-first' && gap}
        </Fragment>
      ))}
    </ol>
  );
}
