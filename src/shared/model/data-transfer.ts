// The JSON file of all app data (Settings → Throughline → Export): its format and version, one record per stored
// item, and the one way to write it as text, so an export run twice over the same data is byte-identical.
import { z } from 'zod';

export const EXPORT_FORMAT = 'throughline-export';
/** Bump when a record's shape changes in a way an older import cannot read; imports refuse other versions. */
export const EXPORT_VERSION = 1;

/** One stored item: the store it lives in (an entity, or `key` for plain keys), its key and its value as stored. */
export const ExportRecord = z
  .object({
    store: z.string().min(1).max(64),
    key: z.string().min(1).max(500),
    value: z.unknown(),
  })
  .strict();
export type ExportRecord = z.infer<typeof ExportRecord>;

export const ExportFile = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.number().int(),
    records: z.array(ExportRecord),
  })
  .strict();
export type ExportFile = z.infer<typeof ExportFile>;

const HEAD = `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"records":[`;

/** The file's text: one record per line, in the order the pages gave them; nothing in it depends on the day. */
export const exportFileText = (records: readonly ExportRecord[]): string =>
  records.length === 0 ? `${HEAD}]}\n` : `${HEAD}\n${records.map((r) => JSON.stringify({ store: r.store, key: r.key, value: r.value })).join(',\n')}\n]}\n`;

/**
 * Characters per uploaded chunk: a chunk is kept as one storage value (≤ 240 KiB), and 64,000 UTF-16 units take at
 * most 192 KB in UTF-8 (3 bytes each; a surrogate pair is 4 bytes for 2 units), or 128 KB if every one were a quote.
 */
export const IMPORT_CHUNK_CHARS = 64_000;
/** Chunks per upload call: about 256,000 characters, the size of an export page. */
export const IMPORT_CHUNKS_PER_CALL = 4;
/** Chunks of one import at most: about 256 MB of text. */
export const MAX_IMPORT_CHUNKS = 4_000;

/** The file's text cut into upload chunks (the last one shorter). */
export const uploadChunks = (text: string, size = IMPORT_CHUNK_CHARS): string[] => {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
};
