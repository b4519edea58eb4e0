// An uploaded import file waiting to be applied: its text in parts under plain keys `import:<id>:<n>` (each well
// under the 240 KiB a value may hold), the check's state and plan under `import:<id>:plan` and the ids the check has
// seen in pieces under `import:<id>:ledger:<n>`. Never exported. Everything staged expires STAGED_FOR after it was
// last written, so an upload left half way (a closed tab, a refused file whose clean-up failed) does not stay in the
// app's storage for good; an import applied after that finds its parts gone and is refused before anything changes.
import { kvs, type Ttl } from '@forge/kvs';
import { z } from 'zod';
import { SCAN_MODES, type ScanMode } from '../../domain/data-transfer/file-scan';
import { AppFailure, ValidationIssue } from '../../shared/errors';
import { Level } from '../../shared/levels';
import type { ImportCheckState, ImportStaging, LedgerPiece } from '../../services/ports/data-transfer';

const chunkKey = (id: string, n: number): string => `import:${id}:${n}`;
const planKey = (id: string): string => `import:${id}:plan`;
const pieceKey = (id: string, n: number): string => `import:${id}:ledger:${n}`;
const Chunk = z.object({ text: z.string() });
const Int = z.number().int().min(0);
const Mode = z.enum(SCAN_MODES as [ScanMode, ...ScanMode[]]);
const Place = { c: Int, o: Int, m: Mode };
const State: z.ZodType<ImportCheckState> = z.object({
  importId: z.string(),
  chunks: Int,
  byAccountId: z.string(),
  at: z.object(Place),
  records: Int,
  byStore: z.record(z.string(), Int),
  head: z.object({ names: z.array(z.string()), format: z.unknown().optional(), version: z.unknown().optional() }),
  issues: z.array(ValidationIssue),
  hashes: z.array(z.number()),
  segments: z.array(z.object({ ...Place, n: Int, t: Int })),
  pieces: Int,
  checked: z.boolean(),
  approved: z.boolean(),
  replace: z.boolean(),
}) as z.ZodType<ImportCheckState>;
const Piece: z.ZodType<LedgerPiece> = z.object({
  k: z.record(z.string(), z.array(z.string())),
  p: z.record(z.string(), z.array(z.string())),
  r: z.array(z.tuple([z.string(), z.string(), Int, z.string(), z.string()])),
  g: z.array(z.tuple([z.enum(['r', 'c']), z.string(), z.string(), z.string().nullable(), Level, Int])).optional(),
});

/** How long staged parts, the check's state and its ledger are kept after their last write. */
export const STAGED_FOR: Ttl = { value: 3, unit: 'DAYS' };
const staged = { ttl: STAGED_FOR };

/** Storage calls of 25 keys at most (the platform's batch limit). */
const BATCH = 25;
const range = (from: number, count: number): number[] => Array.from({ length: count }, (_, i) => from + i);
const groups = <T>(xs: readonly T[], size: number): T[][] => Array.from({ length: Math.ceil(xs.length / size) }, (_, g) => xs.slice(g * size, g * size + size));

const readMany = async <T>(keys: readonly string[], schema: z.ZodType<T>): Promise<(T | null)[]> => {
  const out: (T | null)[] = [];
  for (const group of groups(keys, BATCH)) {
    const res = await kvs.batchGet<unknown>(group.map((key) => ({ key })));
    const byKey = new Map(res.successfulKeys.map((hit) => [hit.key, hit.value] as const));
    for (const key of group) {
      const parsed = schema.safeParse(byKey.get(key));
      out.push(parsed.success ? parsed.data : null);
    }
  }
  return out;
};

const writeMany = async (items: { key: string; value: unknown }[], size: number, what: string): Promise<void> => {
  for (const group of groups(items, size)) {
    const res = await kvs.batchSet(group.map((item) => ({ ...item, options: staged })));
    if (res.failedKeys.length > 0) throw new AppFailure('UPSTREAM', `App storage did not keep ${what}; try again`, res.failedKeys.slice(0, 3));
  }
};

export const forgeImportStaging: ImportStaging = {
  async putChunks(id, from, chunks) {
    const res = await kvs.batchSet(chunks.map((text, i) => ({ key: chunkKey(id, from + i), value: { text }, options: staged })));
    if (res.failedKeys.length > 0) throw new AppFailure('UPSTREAM', 'App storage did not keep the uploaded file; upload it again', res.failedKeys.slice(0, 3));
  },

  async chunks(id, from, count) {
    return (
      await readMany(
        range(from, count).map((n) => chunkKey(id, n)),
        Chunk,
      )
    ).map((c) => c?.text ?? null);
  },

  async putState(state) {
    await kvs.set(planKey(state.importId), state, staged);
  },

  async state(id) {
    const parsed = State.safeParse(await kvs.get(planKey(id)));
    return parsed.success ? parsed.data : null;
  },

  async putPieces(id, from, pieces) {
    // A piece holds at most about 64,000 characters (192 KB): ten in a call stay under the 4 MB a batch may carry.
    await writeMany(
      pieces.map((value, i) => ({ key: pieceKey(id, from + i), value })),
      10,
      'the check’s progress',
    );
  },

  async pieces(id, count) {
    const got = await readMany(
      range(0, count).map((n) => pieceKey(id, n)),
      Piece,
    );
    if (got.some((p) => p === null))
      throw new AppFailure('VALIDATION', 'The check of this file was lost; start the import again', [
        { path: 'importId', message: 'a part of the check is missing' },
      ]);
    return got as LedgerPiece[];
  },

  async drop(id, chunks, pieces) {
    const keys = [...range(0, chunks).map((n) => chunkKey(id, n)), ...range(0, pieces).map((n) => pieceKey(id, n))];
    for (const group of groups(keys, BATCH)) await kvs.batchDelete(group.map((key) => ({ key })));
    await kvs.delete(planKey(id));
  },
};
