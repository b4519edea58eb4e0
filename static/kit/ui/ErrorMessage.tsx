// A coded error in words, with the option to try again. The code itself is for support, so it is shown only for
// failures a user cannot fix by changing what they did (storage or Jira down, a fault on our side); it is always on
// the element, as data-code.
import type { AppError, ErrorCode } from '../../../src/shared/errors';
import { wordsFor } from '../api/error-words';

const TELL_SUPPORT: ReadonlySet<ErrorCode> = new Set(['UPSTREAM', 'INTERNAL', 'RATE_LIMITED', 'UNAUTHENTICATED']);

export function ErrorMessage({ error, onRetry }: { error: AppError; onRetry?: () => void }) {
  return (
    <div className="tl-message tl-stack" role="alert" data-code={error.code}>
      <strong>{wordsFor(error)}</strong>
      <span className="tl-small tl-subtle">
        {error.message}
        {TELL_SUPPORT.has(error.code) && ` (error code ${error.code})`}
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
