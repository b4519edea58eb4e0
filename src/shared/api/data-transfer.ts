// Calls of export and import on the admin page (jira:adminPage): Jira admins only. The export comes in pages the
// browser joins into one file; an import is uploaded in chunks, checked whole in steps (a part of the file at a time,
// asked again until the summary comes), then applied in steps.
import { z } from 'zod';
import { defineCall } from '../contract';
import { ExportRecord, IMPORT_CHUNK_CHARS, IMPORT_CHUNKS_PER_CALL, MAX_IMPORT_CHUNKS } from '../model/data-transfer';

const Cursor = z.string().min(1).max(4_000).nullable();
export const ImportId = z.string().regex(/^[a-z0-9-]{8,40}$/, 'an id of 8 to 40 lower-case letters, digits and dashes');

export const ExportPage = z.object({ records: z.array(ExportRecord), next: Cursor });
export type ExportPage = z.infer<typeof ExportPage>;

export const StageChunks = z
  .object({
    importId: ImportId,
    from: z
      .number()
      .int()
      .min(0)
      .max(MAX_IMPORT_CHUNKS - 1),
    chunks: z.array(z.string().max(IMPORT_CHUNK_CHARS)).min(1).max(IMPORT_CHUNKS_PER_CALL),
  })
  .strict();

export const CheckImport = z
  .object({
    importId: ImportId,
    chunks: z.number().int().min(1).max(MAX_IMPORT_CHUNKS),
    /** The admin confirmed that the current data is to be replaced. */
    replace: z.boolean(),
  })
  .strict();

export const ImportSummary = z.object({
  records: z.number().int(),
  byStore: z.record(z.string(), z.number().int()),
  /** Whether the installation held data when the file was checked (it is replaced). */
  replacing: z.boolean(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

/** Where a check stands: parts of the file read so far, and once it is checked whole, the summary (until then, ask again). */
export const ImportCheck = z.object({
  checked: z.number().int(),
  chunks: z.number().int(),
  records: z.number().int(),
  summary: ImportSummary.nullable(),
});
export type ImportCheck = z.infer<typeof ImportCheck>;

export const ImportPhase = z.enum(['verify', 'clear', 'write', 'tags', 'done']);
export type ImportPhase = z.infer<typeof ImportPhase>;

export const TagCounts = z.object({ asYou: z.number().int(), asApp: z.number().int(), missing: z.number().int(), removed: z.number().int() });
export type TagCounts = z.infer<typeof TagCounts>;

/**
 * Where an import stands between two steps (the cursor the browser hands back): the phase, the part verified, or the
 * span of the checked file written or whose epic tags are written (from its `j`th tag), and the tags so far.
 */
export const ImportStep = z.object({ p: ImportPhase, i: z.number().int().min(0), j: z.number().int().min(0).optional(), t: TagCounts });
export type ImportStep = z.infer<typeof ImportStep>;

export const ImportProgress = z.object({
  phase: ImportPhase,
  /** Records written so far, of `records`. */
  written: z.number().int(),
  records: z.number().int(),
  tags: TagCounts,
  next: Cursor,
});
export type ImportProgress = z.infer<typeof ImportProgress>;

export const dataTransferCalls = {
  exportPage: defineCall('data/export-page', z.object({ cursor: Cursor }).strict(), ExportPage),
  stage: defineCall('data/import-stage', StageChunks, z.object({ stored: z.number().int() })),
  check: defineCall('data/import-check', CheckImport, ImportCheck),
  apply: defineCall('data/import-apply', z.object({ importId: ImportId, cursor: Cursor }).strict(), ImportProgress),
} as const;
