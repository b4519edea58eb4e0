// The rules of periods: what an admin may define (each period ends on or after it starts; periods of one kind never
// overlap, while a half or a year may hold quarters; names are unique; a closed period stays as it was), when a
// period may be closed, which period comes next, and which goals a closed period leaves unfinished.
import type { GoalSummary } from '../../shared/model/goal';
import { MAX_PERIODS, type Period, type PeriodInput } from '../../shared/model/period';
import type { ValidationIssue } from '../../shared/errors';
import { refuse, success, type Result } from '../result';

const overlaps = (a: { start: string; end: string }, b: { start: string; end: string }): boolean => a.start <= b.end && b.start <= a.end;

/**
 * The calendar after an admin's save: the inputs in order, new ones given an id. Every problem is reported at once,
 * by the path of the input it concerns, so the form can show each beside its row.
 */
export const decidePeriods = (current: readonly Period[], inputs: readonly PeriodInput[], newId: () => string): Result<Period[]> => {
  const issues: ValidationIssue[] = [];
  const byId = new Map(current.map((p) => [p.id, p]));
  if (inputs.length > MAX_PERIODS) issues.push({ path: 'periods', message: `At most ${MAX_PERIODS} periods` });
  const seen = new Set<string>();
  const names = new Map<string, number>();
  const next: Period[] = inputs.map((input, i) => {
    const path = `periods.${i}`;
    const before = input.id === undefined ? undefined : byId.get(input.id);
    if (input.id !== undefined && !before) issues.push({ path: `${path}.id`, message: 'This period does not exist any more; reload' });
    if (input.id !== undefined && seen.has(input.id)) issues.push({ path: `${path}.id`, message: 'This period is listed twice' });
    if (input.id !== undefined) seen.add(input.id);
    if (input.end < input.start) issues.push({ path: `${path}.end`, message: 'The end is before the start' });
    const key = input.name.trim().toLocaleLowerCase();
    if (names.has(key)) issues.push({ path: `${path}.name`, message: `Another period is called “${input.name.trim()}”` });
    names.set(key, i);
    if (before?.closed && (before.kind !== input.kind || before.start !== input.start || before.end !== input.end))
      issues.push({ path: `${path}.start`, message: `“${before.name}” is closed: its dates and kind stay as they were` });
    return {
      id: before?.id ?? newId(),
      name: input.name.trim(),
      kind: input.kind,
      start: input.start,
      end: input.end,
      closed: before?.closed ?? null,
      carried: before?.carried ?? {},
    };
  });
  for (const p of current) {
    if (p.closed && !seen.has(p.id)) issues.push({ path: 'periods', message: `“${p.name}” is closed and keeps its snapshot; it cannot be removed` });
  }
  next.forEach((p, i) => {
    const clash = next.findIndex((q, j) => j < i && q.kind === p.kind && p.start <= p.end && q.start <= q.end && overlaps(p, q));
    if (clash >= 0) issues.push({ path: `periods.${i}.start`, message: `Overlaps “${next[clash]!.name}”: periods of one kind may not overlap` });
  });
  if (issues.length > 0) return refuse('VALIDATION', issues[0]!.message, issues);
  return success([...next].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.name.localeCompare(b.name)));
};

/** A period may be closed once its last day has come, and only once. */
export const decideClose = (period: Period, today: string): Result<Period> => {
  if (period.closed) return refuse('CONFLICT', `“${period.name}” was closed on ${period.closed.day}; its snapshot does not change`);
  if (today < period.end) return refuse('VALIDATION', `“${period.name}” runs until ${period.end}; it can be closed from its last day on`);
  return success(period);
};

/** The open period of the same kind that starts first after this one ends; carried goals go there (never into a closed one). */
export const nextPeriodOf = (periods: readonly Period[], period: Period): Period | null =>
  periods.filter((p) => p.kind === period.kind && p.start > period.end && p.closed === null).sort((a, b) => a.start.localeCompare(b.start))[0] ?? null;

/** Goals the period leaves unfinished: draft or active, with a timeframe that touches the period (or none). */
export const unfinishedIn = (period: Pick<Period, 'start' | 'end'>, goals: readonly GoalSummary[]): GoalSummary[] =>
  goals.filter(
    (g) =>
      (g.status === 'active' || g.status === 'draft') &&
      (g.timeframe.start === null || g.timeframe.start <= period.end) &&
      (g.timeframe.end === null || g.timeframe.end >= period.start),
  );

/** Whether the goal's timeframe ends within the period: due in it, rather than going on past it. */
export const dueIn = (period: Pick<Period, 'start' | 'end'>, goal: GoalSummary): boolean =>
  goal.timeframe.end !== null && goal.timeframe.end >= period.start && goal.timeframe.end <= period.end;
