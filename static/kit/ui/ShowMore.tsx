// "Show more" under a list read a page at a time: how much is shown, the button that reads the next page (one
// invocation), its loading state and an error with a retry. Left out of print: a printout shows what was read.
import type { AppError } from '../../../src/shared/errors';
import { ErrorMessage } from './ErrorMessage';
import { Loading } from './Loading';

interface Props {
  /** Rows shown so far. */
  shown: number;
  /** What the rows are, e.g. "the work under this goal". */
  what: string;
  /** The sentence above the button, when "N rows of … are shown" does not fit (e.g. "50 of 600 goals are shown."). */
  words?: string;
  loading: boolean;
  error: AppError | null;
  onMore: () => void;
}

export function ShowMore({ shown, what, words, loading, error, onMore }: Props) {
  return (
    <div className="tl-stack tl-noprint" data-testid="show-more">
      <p className="tl-small tl-subtle">{words ?? `${shown.toLocaleString('en')} rows of ${what} are shown; there are more.`}</p>
      {error && <ErrorMessage error={error} onRetry={onMore} />}
      {loading ? (
        <Loading label="Loading the next rows…" />
      ) : (
        !error && (
          <div>
            <button type="button" className="tl-button" onClick={onMore}>
              Show more
            </button>
          </div>
        )
      )}
    </div>
  );
}
