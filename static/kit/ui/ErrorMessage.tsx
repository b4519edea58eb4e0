// A coded error in words, with the option to try again.
import type { AppError } from '../../../src/shared/errors';
import { wordsFor } from '../api/error-words';

export function ErrorMessage({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  return (
    <div className="tl-message tl-stack" role="alert">
      <strong>{wordsFor(error)}</strong>
      <span className="tl-small tl-subtle">
        {error.message} ({error.code})
      </span>
      {onRetry && (
        <div>
          <button type="button" className="tl-button" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
    </div>
  );
}
