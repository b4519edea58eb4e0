// Someone saved this project's alignment after the page loaded: say so, and offer their version.
import { useState } from 'react';
import type { AppError } from '../../../src/shared/errors';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';

export function ConflictNotice({ onReload }: { onReload: () => Promise<AppError | null> }) {
  const [pending, setPending] = useState(false);
  const [failed, setFailed] = useState<AppError | null>(null);
  const reload = async () => {
    setPending(true);
    setFailed(await onReload());
    setPending(false);
  };
  return (
    <div className="tl-message ps-warning tl-stack" role="alert" data-testid="conflict">
      <strong>
        <span aria-hidden="true">! </span>Someone else changed this project’s alignment
      </strong>
      <span>They saved after you opened this page, so your change was not saved. Reload to see their version, then change it again if you still need to.</span>
      <div>
        <button type="button" className="tl-button tl-button--primary" onClick={() => void reload()} disabled={pending}>
          {pending ? 'Reloading…' : 'Reload their version'}
        </button>
      </div>
      {failed && <ErrorMessage error={failed} />}
    </div>
  );
}
