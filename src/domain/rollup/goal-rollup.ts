// Goal roll-ups follow their epics: an epic's contribution (its totals, under its project) is taken from the
// goal it served and given to the goal it serves now. Pure, so the store can apply it inside one transaction.
import type { EpicRollup, GoalRollup } from '../../shared/model/rollup';
import { addTotals, sameTotals, subtractTotals, sumTotals, zeroTotals, type Totals } from './totals';

export interface Contribution {
  goalId: string;
  projectId: string;
  totals: Totals;
}

export const contributionOf = (e: EpicRollup | undefined): Contribution | undefined =>
  e?.goalId ? { goalId: e.goalId, projectId: e.projectId, totals: { counts: e.counts, points: e.points } } : undefined;

export const sameContribution = (a: Contribution | undefined, b: Contribution | undefined): boolean =>
  a === undefined || b === undefined ? a === b : a.goalId === b.goalId && a.projectId === b.projectId && sameTotals(a.totals, b.totals);

type Entry = GoalRollup['byProject'][string];

const withEntry = (g: GoalRollup, projectId: string, entry: Entry | undefined): GoalRollup => {
  const byProject = { ...g.byProject };
  if (entry === undefined) delete byProject[projectId];
  else byProject[projectId] = entry;
  return { ...g, byProject };
};

/** The goal's roll-up without `c`; undefined once no epic serves the goal any more. */
export const removeContribution = (g: GoalRollup | undefined, c: Contribution, asOf: string): GoalRollup | undefined => {
  if (!g) return undefined;
  const entry = g.byProject[c.projectId];
  const next = entry === undefined || entry.epics <= 1 ? undefined : { epics: entry.epics - 1, ...subtractTotals(entry, c.totals) };
  const out = withEntry({ ...g, asOf }, c.projectId, next);
  return Object.keys(out.byProject).length === 0 ? undefined : out;
};

export const addContribution = (g: GoalRollup | undefined, c: Contribution, asOf: string): GoalRollup => {
  const base: GoalRollup = g ?? { goalId: c.goalId, byProject: {}, asOf };
  const entry = base.byProject[c.projectId] ?? { epics: 0, ...zeroTotals() };
  return withEntry({ ...base, asOf }, c.projectId, { epics: entry.epics + 1, ...addTotals(entry, c.totals) });
};

/**
 * The goal roll-ups touched when an epic's roll-up goes from `before` to `after`, given their current values.
 * Returns each touched goal id with its next value (undefined: delete it).
 */
export const moveContribution = (
  current: ReadonlyMap<string, GoalRollup | undefined>,
  before: EpicRollup | undefined,
  after: EpicRollup | undefined,
  asOf: string,
): Map<string, GoalRollup | undefined> => {
  const out = new Map<string, GoalRollup | undefined>();
  const old = contributionOf(before);
  const now = contributionOf(after);
  if (sameContribution(old, now)) return out;
  if (old) out.set(old.goalId, removeContribution(current.get(old.goalId), old, asOf));
  if (now) out.set(now.goalId, addContribution(out.has(now.goalId) ? out.get(now.goalId) : current.get(now.goalId), now, asOf));
  return out;
};

/** A goal's roll-up rebuilt from all the epics that serve it (the reconcile job's view); undefined when none. */
export const goalRollupFrom = (goalId: string, epics: readonly EpicRollup[], asOf: string): GoalRollup | undefined => {
  let g: GoalRollup | undefined;
  for (const e of epics) {
    const c = contributionOf(e);
    if (c && c.goalId === goalId) g = addContribution(g, c, asOf);
  }
  return g;
};

/** The direct work of a goal summed over the projects `include` admits (a viewer's browsable projects). */
export const goalTotals = (g: GoalRollup | undefined, include: (projectId: string) => boolean = () => true): Totals & { epics: number } => {
  const entries = Object.entries(g?.byProject ?? {})
    .filter(([projectId]) => include(projectId))
    .map(([, e]) => e);
  return { epics: entries.reduce((n, e) => n + e.epics, 0), ...sumTotals(entries) };
};
