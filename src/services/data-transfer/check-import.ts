// Use cases: upload an import file in chunks, then check it whole (format, version, every record's schema and key,
// referential integrity) before anything is written; data already there is replaced only when the admin said so.
// The check reads a few spans of the file per invocation and keeps its progress (the place it reached, the ids seen
// in ledger pieces), so no invocation holds the file; asked again, it goes on where the last one stopped.
import type { ImportCheck } from '../../shared/api/data-transfer';
import { AppFailure, isAppFailure } from '../../shared/errors';
import type { DataStore, EpicTagWriter, ImportCheckState, ImportStaging } from '../ports/data-transfer';
import { requireJiraAdmin, type AdminOnly } from './export-data';
import { checkSpans } from './check-spans';
import { refuse } from './staged-file';

export interface ImportDeps extends AdminOnly {
  accountId: string;
  store: DataStore;
  staging: ImportStaging;
  tags: EpicTagWriter;
}

export const stageChunks = async (deps: ImportDeps, p: { importId: string; from: number; chunks: string[] }): Promise<{ stored: number }> => {
  await requireJiraAdmin(deps, 'import data into Throughline');
  // A file being checked, or checked, is final: parts added after the check began would be written unchecked.
  if (await deps.staging.state(p.importId)) throw new AppFailure('CONFLICT', 'This file was checked already; start the import again to send another');
  await deps.staging.putChunks(p.importId, p.from, p.chunks);
  return { stored: p.from + p.chunks.length };
};

const fresh = (deps: ImportDeps, importId: string, chunks: number): ImportCheckState => ({
  importId,
  chunks,
  byAccountId: deps.accountId,
  at: { c: 0, o: 0, m: 'start' },
  records: 0,
  byStore: {},
  head: { names: [] },
  issues: [],
  hashes: [],
  segments: [],
  pieces: 0,
  checked: false,
  approved: false,
  replace: false,
});

export const checkImport = async (deps: ImportDeps, p: { importId: string; chunks: number; replace: boolean }): Promise<ImportCheck> => {
  await requireJiraAdmin(deps, 'import data into Throughline');
  const saved = await deps.staging.state(p.importId);
  const state = saved ?? fresh(deps, p.importId, p.chunks);
  if (state.chunks !== p.chunks) {
    refuse('This is not the file being checked; start the import again', [{ path: 'chunks', message: `the file being checked has ${state.chunks} parts` }]);
  }
  if (!state.checked) {
    try {
      await checkSpans(deps, state);
    } catch (e) {
      // A refused file is thrown away: nothing of it stays, and nothing else was touched. Any other failure (storage
      // down) leaves the progress saved before it, and asking again goes on from there.
      if (isAppFailure(e) && e.code === 'VALIDATION' && (saved || (await deps.staging.chunks(p.importId, 0, 1))[0] !== null)) {
        await deps.staging.drop(p.importId, state.chunks, state.pieces);
      }
      throw e;
    }
    if (!state.checked) {
      await deps.staging.putState(state);
      return { checked: state.at.c, chunks: state.chunks, records: state.records, summary: null };
    }
  }
  const replacing = await deps.store.hasData();
  if (replacing && !p.replace) {
    // The file stays checked while the admin decides: asked again with the confirmation, the check is not run again.
    await deps.staging.putState(state);
    throw new AppFailure(
      'CONFLICT',
      'Throughline already holds data on this site. Confirm that the file is to replace it, or import into an empty installation',
    );
  }
  await deps.staging.putState({ ...state, approved: true, replace: p.replace });
  return { checked: state.chunks, chunks: state.chunks, records: state.records, summary: { records: state.records, byStore: state.byStore, replacing } };
};
