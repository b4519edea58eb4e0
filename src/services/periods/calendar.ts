// Use cases: read the periods (anyone: names and dates reveal nothing), and define them (Jira admins), the whole
// calendar saved in one write conditional on the version the admin read.
import { decidePeriods } from '../../domain/periods/calendar';
import type { PeriodsView, SavePeriods } from '../../shared/api/periods';
import { AppFailure } from '../../shared/errors';
import { todayOf, type PeriodDeps } from './period-deps';

type Deps = Pick<PeriodDeps, 'store' | 'isJiraAdmin' | 'isEditor' | 'now'>;

/** Which rights the surface asks about: the admin page defines, the workspace closes. */
export interface Asking {
  define: boolean;
  close: boolean;
}

export const readPeriods = async (deps: Deps, asking: Asking): Promise<PeriodsView> => {
  const [stored, canDefine, canClose] = await Promise.all([
    deps.store.calendar(),
    asking.define ? deps.isJiraAdmin() : false,
    asking.close ? deps.isEditor() : false,
  ]);
  // Which goal became which names goals (their ids carry their titles' words): only strategy editors, who see every
  // goal, are told; they ask it of the carry options, which cut it to what the reader may see.
  const carries = stored.periods.some((p) => Object.keys(p.carried).length > 0);
  const editor = carries && (canClose || (await deps.isEditor()));
  const calendar = editor || !carries ? stored : { ...stored, periods: stored.periods.map((p) => ({ ...p, carried: {} })) };
  return { calendar, today: todayOf(deps), canDefine, canClose };
};

const STALE = 'Someone changed the periods since you opened them; reload to see their change';

export const savePeriods = async (deps: Deps, change: SavePeriods, newId: () => string): Promise<PeriodsView> => {
  if (!(await deps.isJiraAdmin())) throw new AppFailure('FORBIDDEN', 'Only Jira admins may define periods');
  const current = await deps.store.calendar();
  if (current.version !== change.expectedVersion) throw new AppFailure('CONFLICT', STALE, { current });
  const decided = decidePeriods(current.periods, change.periods, newId);
  if (!decided.ok) throw new AppFailure(decided.failure.code, decided.failure.message, decided.failure.details);
  const next = { version: current.version + 1, periods: decided.value };
  if ((await deps.store.saveCalendar(next, current.version)) === 'conflict') throw new AppFailure('CONFLICT', STALE, { current: await deps.store.calendar() });
  return { calendar: next, today: todayOf(deps), canDefine: true, canClose: false };
};
