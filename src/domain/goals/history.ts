// A goal's history as one reader may read it: its own changes stay as they were, but another goal it names (a parent
// it had, the goal it was carried forward from or into) is named only when the reader may see that goal now. Hidden
// and gone read alike. Pure.
import { NOT_SHOWN_GOAL, NOT_SHOWN_GOAL_WORDS, type AuditEvent } from '../../shared/model/audit';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const withParentShown = (snapshot: unknown, sees: (goalId: string) => boolean): unknown =>
  isRecord(snapshot) && typeof snapshot.parentId === 'string' && !sees(snapshot.parentId) ? { ...snapshot, parentId: NOT_SHOWN_GOAL } : snapshot;

export const historyFor = (events: readonly AuditEvent[], sees: (goalId: string) => boolean): AuditEvent[] =>
  events.map((e) => ({
    ...e,
    before: withParentShown(e.before, sees),
    after: withParentShown(e.after, sees),
    ...(e.carry && !sees(e.carry.goalId) ? { carry: { ...e.carry, goalId: NOT_SHOWN_GOAL, title: NOT_SHOWN_GOAL_WORDS } } : {}),
  }));
