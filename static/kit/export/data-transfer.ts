// The browser's half of export and import of all app data: the export's pages joined into one file, and a file
// uploaded in chunks, checked whole step by step (a few parts of it per call), then applied step by step. The calls are handed in (the bridge in the app, the
// local Forge in tests), so this runs the same everywhere.
import type { ExportPage, ImportCheck, ImportProgress, ImportSummary } from '../../../src/shared/api/data-transfer';
import { exportFileText, IMPORT_CHUNKS_PER_CALL, uploadChunks, type ExportRecord } from '../../../src/shared/model/data-transfer';

/** The four calls; each rejects with the coded error (CallFailed), as `call` of invoke.ts does. */
export interface DataCaller {
  exportPage(p: { cursor: string | null }): Promise<ExportPage>;
  stage(p: { importId: string; from: number; chunks: string[] }): Promise<{ stored: number }>;
  check(p: { importId: string; chunks: number; replace: boolean }): Promise<ImportCheck>;
  apply(p: { importId: string; cursor: string | null }): Promise<ImportProgress>;
}

/** Pages an export may take at most: 300 KB each, so about 300 GB; a guard against a cursor that never ends. */
const MAX_PAGES = 1_000_000;
const MAX_STEPS = 1_000_000;

export interface ExportResult {
  text: string;
  records: number;
  pages: number;
  largestPage: number;
}

export const exportAllData = async (calls: DataCaller, onPage: (pages: number, records: number) => void = () => {}): Promise<ExportResult> => {
  const records: ExportRecord[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let largestPage = 0;
  do {
    const page = await calls.exportPage({ cursor });
    records.push(...page.records);
    largestPage = Math.max(largestPage, JSON.stringify(page).length);
    cursor = page.next;
    onPage(++pages, records.length);
  } while (cursor !== null && pages < MAX_PAGES);
  return { text: exportFileText(records), records: records.length, pages, largestPage };
};

/** Asks for the check until it is whole (each call reads a few parts and keeps its progress); throws CONFLICT over existing data unless `replace`. */
export const checkAll = async (
  calls: DataCaller,
  p: { importId: string; chunks: number; replace: boolean },
  onCheck: (checked: number, of: number, records: number) => void = () => {},
): Promise<ImportSummary> => {
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const out = await calls.check(p);
    onCheck(out.checked, out.chunks, out.records);
    if (out.summary) return out.summary;
  }
  throw new Error('The check did not finish');
};

/** Uploads the file under a new id and checks it whole; throws CONFLICT over existing data unless `replace`. */
export const uploadAndCheck = async (
  calls: DataCaller,
  text: string,
  importId: string,
  replace: boolean,
  onUpload: (sent: number, of: number) => void = () => {},
  onCheck: (checked: number, of: number, records: number) => void = () => {},
): Promise<ImportSummary> => {
  const chunks = uploadChunks(text);
  for (let i = 0; i < chunks.length; i += IMPORT_CHUNKS_PER_CALL) {
    await calls.stage({ importId, from: i, chunks: chunks.slice(i, i + IMPORT_CHUNKS_PER_CALL) });
    onUpload(Math.min(chunks.length, i + IMPORT_CHUNKS_PER_CALL), chunks.length);
  }
  return checkAll(calls, { importId, chunks: chunks.length, replace }, onCheck);
};

/** Asks again with replace on, for a file already uploaded and checked (after the admin confirmed): the check is not run again. */
export const recheck = (calls: DataCaller, importId: string, text: string): Promise<ImportSummary> =>
  checkAll(calls, { importId, chunks: uploadChunks(text).length, replace: true });

export const applyImport = async (calls: DataCaller, importId: string, onStep: (p: ImportProgress) => void = () => {}): Promise<ImportProgress> => {
  let cursor: string | null = null;
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const progress = await calls.apply({ importId, cursor });
    onStep(progress);
    if (progress.next === null) return progress;
    cursor = progress.next;
  }
  throw new Error('The import did not finish');
};
