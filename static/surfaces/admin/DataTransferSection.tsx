// Export and import of all Throughline data, for Jira admins: one JSON file out; a file in, into an empty
// installation, or replacing what is stored after the admin confirmed it in so many words.
import { useRef, useState } from 'react';
import { dataTransferCalls, type ImportProgress, type ImportSummary } from '../../../src/shared/api/data-transfer';
import type { AppError } from '../../../src/shared/errors';
import { ValidationDetails } from '../../../src/shared/errors';
import { toAppError } from '../../kit/api/app-error';
import { call } from '../../kit/api/invoke';
import { applyImport, exportAllData, recheck, uploadAndCheck, type DataCaller } from '../../kit/export/data-transfer';
import { downloadText } from '../../kit/export/download';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';

const calls: DataCaller = {
  exportPage: (p) => call(dataTransferCalls.exportPage, p),
  stage: (p) => call(dataTransferCalls.stage, p),
  check: (p) => call(dataTransferCalls.check, p),
  apply: (p) => call(dataTransferCalls.apply, p),
};

type Import =
  | { status: 'idle' }
  | { status: 'working'; words: string }
  | { status: 'confirm'; importId: string; text: string }
  | { status: 'done'; summary: ImportSummary | null; progress: ImportProgress };

const newImportId = (): string =>
  typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `i-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
const PHASE_WORDS: Record<ImportProgress['phase'], string> = {
  verify: 'Making sure the file is the one checked…',
  clear: 'Removing the data stored now…',
  write: 'Writing the file’s data…',
  tags: 'Writing the epic tags to Jira…',
  done: 'Done',
};

function Problems({ error }: { error: AppError }) {
  const details = ValidationDetails.safeParse(error.details);
  return (
    <>
      <ErrorMessage error={error} />
      {details.success && details.data.length > 0 && (
        <ul className="tl-small" data-testid="import-problems">
          {details.data.map((d) => (
            <li key={`${d.path}${d.message}`}>
              <code>{d.path || 'the file'}</code>: {d.message}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function DataTransferSection({ canEdit, onImported }: { canEdit: boolean; onImported: () => void }) {
  const [exporting, setExporting] = useState<string | null>(null);
  const [exportError, setExportError] = useState<AppError | null>(null);
  const [imp, setImp] = useState<Import>({ status: 'idle' });
  const [importError, setImportError] = useState<AppError | null>(null);
  const [understood, setUnderstood] = useState(false);
  const file = useRef<HTMLInputElement>(null);

  const runExport = async () => {
    setExportError(null);
    setExporting('Reading page 1…');
    try {
      const out = await exportAllData(calls, (pages, records) => setExporting(`Read ${pages} pages, ${records} records…`));
      downloadText(`throughline-data-${new Date().toISOString().slice(0, 10)}.json`, out.text, 'application/json');
      setExporting(`Exported ${out.records} records into one file.`);
    } catch (e) {
      setExporting(null);
      setExportError(toAppError(e));
    }
  };

  const finish = async (importId: string, summary: ImportSummary | null) => {
    const progress = await applyImport(calls, importId, (p) =>
      setImp({ status: 'working', words: `${PHASE_WORDS[p.phase]} ${p.written} of ${p.records} records written.` }),
    );
    setImp({ status: 'done', summary, progress });
    onImported();
  };

  const failed = (e: unknown) => {
    setImp({ status: 'idle' });
    setImportError(toAppError(e));
  };

  const startImport = async () => {
    setImportError(null);
    setUnderstood(false);
    const picked = file.current?.files?.[0];
    if (!picked) {
      setImportError({ code: 'VALIDATION', message: 'Choose an export file first' });
      return;
    }
    const importId = newImportId();
    try {
      const text = await picked.text();
      setImp({ status: 'working', words: 'Uploading the file…' });
      try {
        const summary = await uploadAndCheck(
          calls,
          text,
          importId,
          false,
          (sent, of) => setImp({ status: 'working', words: `Uploading the file: ${sent} of ${of} parts…` }),
          (checked, of, records) => setImp({ status: 'working', words: `Checking the file: ${checked} of ${of} parts, ${records} records…` }),
        );
        await finish(importId, summary);
      } catch (e) {
        // Data is there already: the file stays uploaded while the admin decides.
        if (toAppError(e).code === 'CONFLICT') return setImp({ status: 'confirm', importId, text });
        throw e;
      }
    } catch (e) {
      failed(e);
    }
  };

  const replaceAll = async (importId: string, text: string) => {
    setImportError(null);
    try {
      setImp({ status: 'working', words: 'Checking the file again…' });
      await finish(importId, await recheck(calls, importId, text));
    } catch (e) {
      failed(e);
    }
  };

  return (
    <section className="tl-stack" aria-labelledby="data-heading" data-testid="data-transfer">
      <h2 id="data-heading">Export and import</h2>
      <p className="tl-subtle">
        All of Throughline’s data on this site in one JSON file: goals, project alignments, epic tags, KPIs and their values, check-ins, agreements, input,
        proposals, periods and their snapshots, settings, reminders sent and the audit trail. Use it as a backup, or to move Throughline to another site.
      </p>
      {!canEdit && <p className="tl-small">Only Jira admins export and import.</p>}
      <div className="tl-card tl-stack">
        <h3>Export</h3>
        <div className="tl-row">
          <button
            type="button"
            className="tl-button"
            disabled={!canEdit || (exporting !== null && exporting.endsWith('…'))}
            onClick={() => void runExport()}
            data-testid="export-json"
          >
            Export all data
          </button>
          {exporting && (
            <span className="tl-small tl-subtle" role="status" data-testid="export-status">
              {exporting}
            </span>
          )}
        </div>
        {exportError && <ErrorMessage error={exportError} />}
      </div>
      <div className="tl-card tl-stack">
        <h3>Import</h3>
        <p className="tl-small tl-subtle">
          Into an empty installation, the file’s data is written as it is. Every epic tag in it is written to its epic in Jira again (as you; where Jira refuses
          you, as the app). The file is checked whole first: a file that is not a Throughline export, of another version, or with broken references is refused
          and nothing is written.
        </p>
        <label className="tl-row">
          <span>File</span>
          <input ref={file} type="file" accept=".json,application/json" disabled={!canEdit || imp.status === 'working'} data-testid="import-file" />
        </label>
        <div>
          <button
            type="button"
            className="tl-button"
            disabled={!canEdit || imp.status === 'working' || imp.status === 'confirm'}
            onClick={() => void startImport()}
            data-testid="import-json"
          >
            Import
          </button>
        </div>
        {imp.status === 'working' && (
          <p className="tl-small" role="status" data-testid="import-status">
            {imp.words}
          </p>
        )}
        {imp.status === 'confirm' && (
          <div className="tl-message tl-stack" role="alertdialog" aria-labelledby="replace-heading" data-testid="import-confirm">
            <strong id="replace-heading">Throughline already holds data on this site</strong>
            <p className="tl-small">
              Replacing deletes everything Throughline stores now — every goal, KPI and value, check-in, agreement, input, proposal, period and snapshot, the
              settings and the audit trail — and writes the file’s data in its place. Epic tags in Jira are written to match the file, and epics tagged now but
              not in the file lose their tag. This cannot be undone: export the current data first if you may need it.
            </p>
            <label className="tl-row">
              <input type="checkbox" checked={understood} onChange={(e) => setUnderstood(e.target.checked)} data-testid="import-understood" />
              <span>I understand that the current data will be deleted</span>
            </label>
            <div className="tl-row">
              <button
                type="button"
                className="tl-button tl-button--primary"
                disabled={!understood}
                onClick={() => void replaceAll(imp.importId, imp.text)}
                data-testid="import-replace"
              >
                Replace all data
              </button>
              <button type="button" className="tl-button" onClick={() => (setImp({ status: 'idle' }), setUnderstood(false))}>
                Cancel
              </button>
            </div>
          </div>
        )}
        {imp.status === 'done' && (
          <p className="tl-small" role="status" data-testid="import-done">
            Imported {imp.progress.records} records{imp.summary?.replacing ? ', replacing the data stored before' : ''}. Epic tags written to Jira:{' '}
            {imp.progress.tags.asYou} as you, {imp.progress.tags.asApp} as the app
            {imp.progress.tags.asApp > 0 ? ' (epics Jira does not let you edit)' : ''}
            {imp.progress.tags.missing > 0 ? `; ${imp.progress.tags.missing} epics Jira no longer has` : ''}
            {imp.progress.tags.removed > 0 ? `; ${imp.progress.tags.removed} tags removed` : ''}.
          </p>
        )}
        {importError && <Problems error={importError} />}
      </div>
    </section>
  );
}
