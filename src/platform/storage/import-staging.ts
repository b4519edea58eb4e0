// An uploaded import file waiting to be applied: its text in chunks under plain keys `import:<id>:<n>` (each well
// under the 240 KiB a value may hold) and the checked plan under `import:<id>:plan`. Never exported.
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { AppFailure } from '../../shared/errors';
import type { ImportStaging } from '../../services/ports/data-transfer';

const chunkKey = (id: string, n: number): string => `import:${id}:${n}`;
const planKey = (id: string): string => `import:${id}:plan`;
const Chunk = z.object({ text: z.string() });
const Plan = z.object({ importId: z.string(), chunks: z.number().int(), records: z.number().int(), replace: z.boolean(), byAccountId: z.string() });

const groups = (n: number, size: number): number[][] =>
  Array.from({ length: Math.ceil(n / size) }, (_, g) => Array.from({ length: Math.min(size, n - g * size) }, (_, i) => g * size + i));

export const forgeImportStaging: ImportStaging = {
  async putChunks(id, from, chunks) {
    const res = await kvs.batchSet(chunks.map((text, i) => ({ key: chunkKey(id, from + i), value: { text } })));
    if (res.failedKeys.length > 0) throw new AppFailure('UPSTREAM', 'App storage did not keep the uploaded file; upload it again', res.failedKeys.slice(0, 3));
  },

  async text(id, count) {
    const parts: string[] = [];
    for (const group of groups(count, 25)) {
      const res = await kvs.batchGet<unknown>(group.map((n) => ({ key: chunkKey(id, n) })));
      const byKey = new Map(res.successfulKeys.map((hit) => [hit.key, hit.value] as const));
      for (const n of group) {
        const parsed = Chunk.safeParse(byKey.get(chunkKey(id, n)));
        if (!parsed.success) return null;
        parts.push(parsed.data.text);
      }
    }
    return parts.join('');
  },

  async putPlan(plan) {
    await kvs.set(planKey(plan.importId), plan);
  },

  async plan(id) {
    const parsed = Plan.safeParse(await kvs.get(planKey(id)));
    return parsed.success ? parsed.data : null;
  },

  async drop(id, count) {
    for (const group of groups(count, 25)) await kvs.batchDelete(group.map((n) => ({ key: chunkKey(id, n) })));
    await kvs.delete(planKey(id));
  },
};
