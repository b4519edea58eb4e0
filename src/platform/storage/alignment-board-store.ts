// The alignment board in app storage ('alignment-board' / 'shard-0' … 'shard-15', src/domain/alignment/alignment-board.ts):
// read whole in one batch, changed by each alignment save in the save's own transaction (alignment-store.ts), and
// replaced whole, in one transaction conditioned on every shard's revision, by the daily repair.
import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { BOARD_SHARDS, type BoardShard } from '../../domain/alignment/alignment-board';
import { ProjectAlignment } from '../../shared/model/project-alignment';
import { commitOrConflict } from './conditional';
import type { AlignmentBoardStore } from '../../services/ports/alignments';

export const BOARD_ENTITY = 'alignment-board';
export const shardKey = (i: number): string => `shard-${i}`;
export const BOARD_KEYS: readonly string[] = Array.from({ length: BOARD_SHARDS }, (_, i) => shardKey(i));

/** The stored shape (also the export's, src/platform/storage/export-registry.ts). */
export const BoardItem = z.object({ revision: z.number().int(), built: z.boolean(), projects: z.record(z.string(), z.unknown()) }).strict();
type BoardItem = z.infer<typeof BoardItem>;

/** A shard as stored; one unreadable alignment makes the shard unbuilt (readers then read the alignments), never wrong. */
export const parseShard = (raw: unknown): BoardShard | undefined => {
  const item = BoardItem.safeParse(raw);
  if (!item.success) return undefined;
  const projects: Record<string, ProjectAlignment> = {};
  let readable = true;
  for (const [id, value] of Object.entries(item.data.projects)) {
    const a = ProjectAlignment.safeParse(value);
    if (a.success && a.data.projectId === id) projects[id] = a.data;
    else readable = false;
  }
  return { revision: item.data.revision, built: item.data.built && readable, projects };
};

export const revisionIs = (revision: number | undefined) =>
  revision === undefined
    ? new Filter<BoardItem>().and('revision', FilterConditions.notExists())
    : new Filter<BoardItem>().and('revision', FilterConditions.equalTo(revision));

/** The shard as a transaction writes it, conditioned on the revision it was read at (absent: not there yet). */
export const shardWrite = (i: number, next: BoardShard, readAt: number | undefined) =>
  [
    shardKey(i),
    { revision: next.revision, built: next.built, projects: next.projects } satisfies BoardItem,
    { entityName: BOARD_ENTITY, conditions: revisionIs(readAt) },
  ] as const;

/** The revision a stored shard holds, readable or not: an unreadable shard is rewritten from it. */
const revisionOf = (raw: unknown): number | undefined => {
  const r = (raw as { revision?: unknown } | undefined)?.revision;
  return typeof r === 'number' ? r : undefined;
};

export const readShard = async (i: number): Promise<{ shard: BoardShard | undefined; revision: number | undefined }> => {
  const raw = await kvs.entity<BoardItem>(BOARD_ENTITY).get(shardKey(i));
  const revision = revisionOf(raw);
  // A shard that does not parse is written again as unbuilt, its revision moving on from the one it holds.
  const shard = raw === undefined ? undefined : (parseShard(raw) ?? { revision: revision ?? 0, built: false, projects: {} });
  return { shard, revision };
};

/** Every shard (undefined where missing or unreadable), in ONE storage operation. */
export const readBoard = async (): Promise<{ shards: (BoardShard | undefined)[]; revisions: (number | undefined)[] }> => {
  const res = await kvs.batchGet<unknown>(BOARD_KEYS.map((key) => ({ key, entityName: BOARD_ENTITY })));
  const found = new Map(res.successfulKeys.map((hit) => [hit.key, hit.value] as const));
  const raws = BOARD_KEYS.map((k) => found.get(k));
  return {
    shards: raws.map((raw) => (raw === undefined ? undefined : parseShard(raw))),
    revisions: raws.map(revisionOf),
  };
};

const PAGE = 100;

/** The alignments themselves, through the 'by-goal' index in pages of 100, at most `maxPages`; `complete` says whether
 *  every page was read. One unreadable record must not hide every other project's alignment. */
export const queryAlignments = async (maxPages: number): Promise<{ alignments: ProjectAlignment[]; complete: boolean }> => {
  const out: ProjectAlignment[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    let query = kvs.entity<{ record: unknown }>('project-alignment').query().index('by-goal').limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const res = await query.getMany();
    for (const r of res.results) {
      const parsed = ProjectAlignment.safeParse(r.value.record);
      if (parsed.success) out.push(parsed.data);
    }
    cursor = res.nextCursor;
    if (!cursor) return { alignments: out, complete: true };
  }
  return { alignments: out, complete: false };
};

/** Enough for 100,000 projects; a site beyond it keeps reading the alignments themselves. */
const REPAIR_MAX_PAGES = 1_000;

export const forgeAlignmentBoard: AlignmentBoardStore = {
  read: readBoard,
  async alignments() {
    const { alignments, complete } = await queryAlignments(REPAIR_MAX_PAGES);
    return complete ? alignments : undefined;
  },
  replace(revisions, shards) {
    return commitOrConflict(() => {
      const tx = kvs.transact();
      shards.forEach((s, i) => tx.set(...shardWrite(i, s, revisions[i])));
      return tx.execute();
    });
  },
};
