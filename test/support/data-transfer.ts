// The admin page's export and import driven through the real resolver, as a test's helpers: every export page joined,
// a file uploaded in parts, checked until the summary comes, applied step by step.
import type { ExportPage, ImportCheck, ImportProgress, ImportSummary } from '../../src/shared/api/data-transfer';
import { exportFileText, IMPORT_CHUNKS_PER_CALL, uploadChunks, type ExportRecord } from '../../src/shared/model/data-transfer';
import type { DemoForge, PersonaId } from './local-forge';

const ADMIN = 'throughline-admin';
const MAX_STEPS = 1_000;

export const dataTransfer = (t: () => DemoForge) => {
  const call = (persona: PersonaId, functionKey: string, payload: unknown) => t().as(persona, { moduleKey: ADMIN, functionKey, payload });
  const data = async <T>(persona: PersonaId, functionKey: string, payload: unknown): Promise<T> => {
    const out = await call(persona, functionKey, payload);
    if (!out.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error)}`);
    return out.data as T;
  };

  const exportAll = async (persona: PersonaId = 'exec'): Promise<{ text: string; pages: number }> => {
    const records: ExportRecord[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: ExportPage = await data<ExportPage>(persona, 'data/export-page', { cursor });
      records.push(...page.records);
      cursor = page.next;
      pages++;
    } while (cursor !== null);
    return { text: exportFileText(records), pages };
  };

  const upload = async (text: string, importId: string): Promise<number> => {
    const chunks = uploadChunks(text);
    for (let i = 0; i < chunks.length; i += IMPORT_CHUNKS_PER_CALL) {
      await data('exec', 'data/import-stage', { importId, from: i, chunks: chunks.slice(i, i + IMPORT_CHUNKS_PER_CALL) });
    }
    return chunks.length;
  };

  /** Asks for the check until it answers a summary or refuses; every answer on the way in `steps`. */
  const checkAll = async (importId: string, chunks: number, replace: boolean) => {
    const steps: ImportCheck[] = [];
    for (let n = 0; n < MAX_STEPS; n++) {
      const out = await call('exec', 'data/import-check', { importId, chunks, replace });
      if (!out.ok) return { steps, error: out.error!, summary: null };
      const check = out.data as ImportCheck;
      steps.push(check);
      if (check.summary) return { steps, error: null, summary: check.summary };
    }
    throw new Error('the check does not end');
  };

  const checked = async (importId: string, chunks: number, replace: boolean): Promise<ImportSummary> => {
    const out = await checkAll(importId, chunks, replace);
    if (!out.summary) throw new Error(`data/import-check failed: ${JSON.stringify(out.error)}`);
    return out.summary;
  };

  const applyAll = async (importId: string): Promise<ImportProgress> => {
    let cursor: string | null = null;
    let last: ImportProgress;
    let steps = 0;
    do {
      last = await data<ImportProgress>('exec', 'data/import-apply', { importId, cursor });
      cursor = last.next;
      if (++steps > MAX_STEPS) throw new Error('the import does not end');
    } while (cursor !== null);
    return last;
  };

  const importText = async (text: string, importId: string, replace = false): Promise<{ summary: ImportSummary; done: ImportProgress }> => {
    const chunks = await upload(text, importId);
    const summary = await checked(importId, chunks, replace);
    return { summary, done: await applyAll(importId) };
  };

  return { call, data, exportAll, upload, checkAll, checked, applyAll, importText };
};
