// "Export CSV": builds the file in the browser from what the viewer's resolvers answered (so it holds exactly what
// they may see), says how far it has come while it reads, and hands it over as a download.
import { useState } from 'react';
import type { AppError } from '../../../src/shared/errors';
import { toAppError } from '../api/app-error';
import { CSV_TYPE, downloadText } from '../export/download';
import { localDay } from './dates';
import { ErrorMessage } from './ErrorMessage';

interface Props {
  /** The file's name without the day and extension, e.g. "throughline-alignment". */
  name: string;
  /** Builds the CSV; may report how many rows it has read so far. */
  build: (progress: (rows: number) => void) => Promise<string>;
  /** What the file holds, for the button's accessible description. */
  holds: string;
}

export function ExportCsvButton({ name, build, holds }: Props) {
  const [state, setState] = useState<{ status: 'idle' } | { status: 'working'; rows: number } | { status: 'error'; error: AppError }>({ status: 'idle' });
  const run = () => {
    setState({ status: 'working', rows: 0 });
    build((rows) => setState({ status: 'working', rows }))
      .then((text) => {
        downloadText(`${name}-${localDay()}.csv`, text, CSV_TYPE);
        setState({ status: 'idle' });
      })
      .catch((e: unknown) => setState({ status: 'error', error: toAppError(e) }));
  };
  return (
    <div className="tl-stack tl-noprint">
      <div className="tl-row">
        <button
          type="button"
          className="tl-button"
          onClick={run}
          disabled={state.status === 'working'}
          title={`Download ${holds} as a CSV file`}
          data-testid="export-csv"
        >
          Export CSV
        </button>
        {state.status === 'working' && (
          <span className="tl-small tl-subtle" role="status">
            Preparing the file{state.rows > 0 ? `: ${state.rows} rows so far` : ''}…
          </span>
        )}
      </div>
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={run} />}
    </div>
  );
}
