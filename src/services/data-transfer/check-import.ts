// Use cases: upload an import file in chunks, then check it whole (format, version, every record's schema and key,
// referential integrity) before anything is written; data already there is replaced only when the admin said so.
import type { ImportSummary } from '../../shared/api/data-transfer';
import { AppFailure, isAppFailure, type ValidationIssue } from '../../shared/errors';
import { EXPORT_VERSION, ExportFile } from '../../shared/model/data-transfer';
import { integrityIssues, type RecordFacts } from '../../domain/data-transfer/integrity';
import type { DataStore, EpicTagWriter, ImportStaging } from '../ports/data-transfer';
import { requireJiraAdmin, type AdminOnly } from './export-data';

export interface ImportDeps extends AdminOnly {
  accountId: string;
  store: DataStore;
  staging: ImportStaging;
  tags: EpicTagWriter;
}

const MAX_ISSUES = 20;
const refuse = (message: string, details: ValidationIssue[]): never => {
  throw new AppFailure('VALIDATION', message, details.slice(0, MAX_ISSUES));
};

export const stageChunks = async (deps: ImportDeps, p: { importId: string; from: number; chunks: string[] }): Promise<{ stored: number }> => {
  await requireJiraAdmin(deps, 'import data into Throughline');
  // A checked file is final: parts added after the check would be written unchecked.
  if (await deps.staging.plan(p.importId)) throw new AppFailure('CONFLICT', 'This file was checked already; start the import again to send another');
  await deps.staging.putChunks(p.importId, p.from, p.chunks);
  return { stored: p.from + p.chunks.length };
};

const stagedText = async (deps: ImportDeps, importId: string, chunks: number): Promise<string> => {
  const text = await deps.staging.text(importId, chunks);
  if (text === null) refuse('The file did not arrive whole; upload it again', [{ path: 'chunks', message: 'a part of the upload is missing' }]);
  return text!;
};

/** The staged file of a checked import, parsed again for one step of applying it (it was checked whole before). */
export const readStagedFile = async (deps: ImportDeps, importId: string, chunks: number): Promise<ExportFile> => {
  const file = ExportFile.safeParse(JSON.parse(await stagedText(deps, importId, chunks)));
  if (!file.success) refuse('The uploaded file changed since it was checked; start the import again', [{ path: '', message: 'not the file checked' }]);
  return file.data!;
};

/** The staged file parsed and checked whole; refused with VALIDATION (by the path in the file) when anything is wrong. */
export const readCheckedFile = async (deps: ImportDeps, importId: string, chunks: number): Promise<ExportFile> => {
  const text = await stagedText(deps, importId, chunks);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    refuse('This is not a Throughline export: the file is not JSON', [{ path: '', message: 'not JSON' }]);
  }
  const head = ExportFile.pick({ format: true, version: true }).passthrough().safeParse(json);
  if (!head.success) refuse('This is not a Throughline export', [{ path: 'format', message: 'expected "throughline-export"' }]);
  if (head.data!.version !== EXPORT_VERSION) {
    refuse(`This file is of export version ${head.data!.version}; this Throughline reads version ${EXPORT_VERSION}`, [
      { path: 'version', message: `expected ${EXPORT_VERSION}` },
    ]);
  }
  const file = ExportFile.safeParse(json);
  if (!file.success)
    refuse(
      'The file is not a whole Throughline export',
      file.error!.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
    );
  const issues: ValidationIssue[] = [];
  const facts: RecordFacts[] = [];
  file.data!.records.forEach((r, i) => {
    const checked = deps.store.check(r, i);
    if (issues.length < MAX_ISSUES) issues.push(...checked.issues);
    facts.push(checked.facts);
  });
  if (issues.length === 0) issues.push(...integrityIssues(facts));
  if (issues.length > 0) refuse('The file does not hold valid Throughline data; nothing was imported', issues);
  return file.data!;
};

export const checkImport = async (deps: ImportDeps, p: { importId: string; chunks: number; replace: boolean }): Promise<ImportSummary> => {
  await requireJiraAdmin(deps, 'import data into Throughline');
  let file: ExportFile;
  try {
    file = await readCheckedFile(deps, p.importId, p.chunks);
  } catch (e) {
    // A refused file is thrown away (when one arrived at all): nothing of it stays, and nothing else was touched.
    if (isAppFailure(e) && e.code === 'VALIDATION' && (await deps.staging.text(p.importId, 1)) !== null) await deps.staging.drop(p.importId, p.chunks);
    throw e;
  }
  const replacing = await deps.store.hasData();
  if (replacing && !p.replace) {
    throw new AppFailure(
      'CONFLICT',
      'Throughline already holds data on this site. Confirm that the file is to replace it, or import into an empty installation',
    );
  }
  await deps.staging.putPlan({ importId: p.importId, chunks: p.chunks, records: file.records.length, replace: p.replace, byAccountId: deps.accountId });
  const byStore: Record<string, number> = {};
  for (const r of file.records) byStore[r.store] = (byStore[r.store] ?? 0) + 1;
  return { records: file.records.length, byStore, replacing };
};
