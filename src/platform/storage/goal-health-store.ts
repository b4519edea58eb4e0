// Every goal's KPI health in ONE item ('goal-health' / 'board'), so the issue panel reads it in the same batch
// as the epic's tag and the project's alignment. Kept apart from the catalog on purpose: measurements change
// health daily, and must never bump the catalog's revision (which guards goal edits). Writes are guarded by
// the board's own revision.
import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import { GoalHealth } from '../../shared/model/goal-health';
import { commitOrConflict } from './conditional';
import type { GoalHealthStore, HealthBoard } from '../../services/ports/kpis';

const BoardItem = z.object({ revision: z.number().int(), goals: z.record(z.string(), GoalHealth) });
type BoardItem = z.infer<typeof BoardItem>;

const ENTITY = 'goal-health';
const KEY = 'board';

/** The board's address, for batch reads that fetch it beside other items. */
export const HEALTH_BOARD_ITEM = { key: KEY, entityName: ENTITY } as const;
export const EMPTY_BOARD: HealthBoard = { revision: 0, goals: {} };
export const parseHealthBoard = (raw: unknown): HealthBoard => BoardItem.parse(raw);

export const forgeGoalHealthStore: GoalHealthStore = {
  async read() {
    const raw = await kvs.entity<BoardItem>(ENTITY).get(KEY);
    return raw === undefined ? EMPTY_BOARD : parseHealthBoard(raw);
  },

  commit(base, goals) {
    const condition =
      base.revision === 0
        ? new Filter<BoardItem>().and('revision', FilterConditions.notExists())
        : new Filter<BoardItem>().and('revision', FilterConditions.equalTo(base.revision));
    const next: BoardItem = { revision: base.revision + 1, goals };
    return commitOrConflict(() => kvs.transact().set(KEY, next, { entityName: ENTITY, conditions: condition }).execute());
  },
};
