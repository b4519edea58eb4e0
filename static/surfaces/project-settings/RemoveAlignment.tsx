// Removes the project's alignment, after an inline confirmation that says what it costs.
import { useState } from 'react';
import { projectSettingsCalls, type ProjectTagView } from '../../../src/shared/api/project-settings';
import type { AppError } from '../../../src/shared/errors';
import { useMutation } from '../../kit/api/mutation';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { ConflictNotice } from './ConflictNotice';

interface Props {
  view: ProjectTagView;
  projectRef: string;
  onRemoved: (view: ProjectTagView) => void;
  onReload: () => Promise<AppError | null>;
}

export function RemoveAlignment({ view, projectRef, onRemoved, onReload }: Props) {
  const [confirming, setConfirming] = useState(false);
  const clear = useMutation(projectSettingsCalls.clear);
  const version = view.alignment?.version;
  if (version === undefined) return null;
  const remove = async () => {
    const next = await clear.run({ project: projectRef, expectedVersion: version });
    if (next) onRemoved(next);
  };
  return (
    <section className="tl-stack ps-remove" aria-label="Remove alignment">
      {!confirming ? (
        <div>
          <button type="button" className="tl-button" onClick={() => setConfirming(true)}>
            Remove alignment…
          </button>
        </div>
      ) : (
        <div className="tl-message ps-warning tl-stack" role="alertdialog" aria-labelledby="ps-remove-q" aria-describedby="ps-remove-d">
          <strong id="ps-remove-q">Remove this project’s alignment?</strong>
          <span id="ps-remove-d">
            Work in {view.project.name} will no longer trace to a strategy goal through this project. Epics tagged with a goal of their own keep it.
          </span>
          <div className="tl-row">
            <button type="button" className="tl-button ps-button--danger" onClick={() => void remove()} disabled={clear.pending}>
              {clear.pending ? 'Removing…' : 'Remove alignment'}
            </button>
            <button
              type="button"
              className="tl-button"
              // Focus lands on the safe choice, as in Atlassian's confirmation dialogs.
              autoFocus
              onClick={() => {
                setConfirming(false);
                clear.clearError();
              }}
              disabled={clear.pending}
            >
              Cancel
            </button>
          </div>
        </div>
      )}
      {clear.error?.code === 'CONFLICT' && <ConflictNotice onReload={onReload} />}
      {clear.error && clear.error.code !== 'CONFLICT' && <ErrorMessage error={clear.error} />}
    </section>
  );
}
