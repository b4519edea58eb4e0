// The alignment board: every project alignment kept in a few shards, so a tree reads them all in ONE storage
// operation instead of paging through every project (19 pages at 2,000 projects). A project's shard is fixed by its
// id; a save changes one shard, so saves of projects in other shards never contend. A shard that is not `built`
// (a site from before the board, or one a save found too large) makes readers fall back to the alignments
// themselves, and the daily recount builds it again. Pure.
import type { ProjectAlignment } from '../../shared/model/project-alignment';

/** Shards: read together in one batch (at most 25 keys) and rebuilt together in one transaction (at most 25). */
export const BOARD_SHARDS = 16;
/** Under the platform's 240 KiB a value may hold, with room for the item's own fields. */
export const SHARD_MAX_BYTES = 200 * 1024;

export interface BoardShard {
  /** Bumped by every write, so a rebuild that read an older board does not overwrite a save made since. */
  revision: number;
  /** Whether `projects` holds every alignment of this shard; readers use the board only when all shards are built. */
  built: boolean;
  projects: Readonly<Record<string, ProjectAlignment>>;
}

/** FNV-1a: stable across runtimes, so a project never changes shard. */
const hash = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
};

export const shardOf = (projectId: string): number => hash(projectId) % BOARD_SHARDS;

const sorted = (projects: Readonly<Record<string, ProjectAlignment>>): Record<string, ProjectAlignment> =>
  Object.fromEntries(
    Object.keys(projects)
      .sort()
      .map((id) => [id, projects[id]!]),
  );

const fits = (projects: Readonly<Record<string, ProjectAlignment>>): boolean => new TextEncoder().encode(JSON.stringify(projects)).length <= SHARD_MAX_BYTES;

/** What a shard becomes when one project's alignment is saved (or removed: `next` undefined) in the same transaction.
 *  A shard not built stays so (only its revision moves): it does not hold the other projects to add this one to. */
export const shardAfterSave = (shard: BoardShard | undefined, projectId: string, next: ProjectAlignment | undefined): BoardShard => {
  const revision = (shard?.revision ?? 0) + 1;
  if (!shard?.built) return { revision, built: false, projects: {} };
  const projects: Record<string, ProjectAlignment> = { ...shard.projects };
  if (next) projects[projectId] = next;
  else delete projects[projectId];
  return fits(projects) ? { revision, built: true, projects: sorted(projects) } : { revision, built: false, projects: {} };
};

/** Every shard's projects as the alignments say (a shard too large to store stays unbuilt). */
export const shardsFrom = (alignments: readonly ProjectAlignment[]): { built: boolean; projects: Record<string, ProjectAlignment> }[] => {
  const out = Array.from({ length: BOARD_SHARDS }, () => ({}) as Record<string, ProjectAlignment>);
  for (const a of alignments) out[shardOf(a.projectId)]![a.projectId] = a;
  return out.map((projects) => (fits(projects) ? { built: true, projects: sorted(projects) } : { built: false, projects: {} }));
};

const byGoalThenProject = (a: ProjectAlignment, b: ProjectAlignment): number =>
  a.goalId < b.goalId ? -1 : a.goalId > b.goalId ? 1 : a.projectId < b.projectId ? -1 : a.projectId > b.projectId ? 1 : 0;

/** Every alignment on the board, in the order the alignments' by-goal index gives them; undefined when any shard is
 *  missing or not built (readers then read the alignments). */
export const boardAlignments = (shards: readonly (BoardShard | undefined)[]): ProjectAlignment[] | undefined => {
  if (shards.length !== BOARD_SHARDS || shards.some((s) => !s?.built)) return undefined;
  return shards.flatMap((s) => Object.values(s!.projects)).sort(byGoalThenProject);
};

/** Whether the stored shards already say what the alignments say (then the repair writes nothing). */
export const boardMatches = (shards: readonly (BoardShard | undefined)[], alignments: readonly ProjectAlignment[]): boolean => {
  const want = shardsFrom(alignments);
  return want.every((w, i) => {
    const s = shards[i];
    return s !== undefined && s.built === w.built && JSON.stringify(sorted(s.projects)) === JSON.stringify(w.projects);
  });
};
