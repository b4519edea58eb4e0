// The goal form's values and rules: from a goal to form values and back to a GoalInput, the checks that mirror
// the server's (the server stays the authority), the parent goals a goal may sit under, and server errors
// placed next to their field.
import type { UserRef } from '../../../src/shared/api/catalog';
import type { AppError } from '../../../src/shared/errors';
import { LEVEL_LABEL, type Level } from '../../../src/shared/levels';
import { GOAL_DESCRIPTION_MAX, GOAL_TITLE_MAX, type CycleStage, type Goal, type GoalInput, type GoalSummary } from '../../../src/shared/model/goal';
import { byLevelThenTitle, selfAndBelow } from './catalog-tree';
import { levelRank } from './format';
import { isGoalField, sameValue, type GoalField } from './goal-diff';

/** The server's limits (src/shared), so the form says what the server would refuse before it is sent. */
export const TITLE_MAX = GOAL_TITLE_MAX;
export const DESCRIPTION_MAX = GOAL_DESCRIPTION_MAX;

export interface FormValues {
  title: string;
  description: string;
  level: Level;
  parentId: string | null;
  leader: UserRef | null;
  manager: UserRef | null;
  start: string;
  end: string;
  stage: CycleStage;
  status: GoalInput['status'];
  restricted: boolean;
}

export type FieldErrors = Partial<Record<GoalField, string>>;

export const emptyValues = (): FormValues => ({
  title: '',
  description: '',
  level: 'strategy',
  parentId: null,
  leader: null,
  manager: null,
  start: '',
  end: '',
  stage: 'assess',
  status: 'draft',
  restricted: false,
});

const person = (accountId: string | null, name: (id: string) => string): UserRef | null => (accountId ? { accountId, displayName: name(accountId) } : null);

export const valuesOf = (g: Goal, name: (id: string) => string): FormValues => ({
  title: g.title,
  description: g.description,
  level: g.level,
  parentId: g.parentId,
  leader: person(g.leaderId, name),
  manager: person(g.managerId, name),
  start: g.timeframe.start ?? '',
  end: g.timeframe.end ?? '',
  stage: g.stage,
  // An archived goal cannot be edited (the server refuses), so this only guards the type.
  status: g.status === 'archived' ? 'active' : g.status,
  restricted: g.restricted,
});

export const inputOf = (v: FormValues): GoalInput => ({
  title: v.title.trim(),
  description: v.description,
  level: v.level,
  parentId: v.level === 'strategy' ? null : v.parentId,
  leaderId: v.leader?.accountId ?? null,
  managerId: v.manager?.accountId ?? null,
  timeframe: { start: v.start || null, end: v.end || null },
  stage: v.stage,
  status: v.status,
  restricted: v.restricted,
});

export const mayHaveNoParent = (v: Pick<FormValues, 'level' | 'status'>): boolean => v.level === 'strategy' || v.status === 'draft';

/** Goals this goal may sit under: live, at the same or a higher level, and not itself or below itself. */
export const parentOptions = (goals: readonly GoalSummary[], level: Level, editingId: string | null): GoalSummary[] => {
  if (level === 'strategy') return [];
  const excluded = editingId ? selfAndBelow(goals, editingId) : new Set<string>();
  return goals.filter((g) => g.status !== 'archived' && !excluded.has(g.id) && levelRank(g.level) <= levelRank(level)).sort(byLevelThenTitle);
};

export const validate = (v: FormValues, goals: readonly GoalSummary[], editingId: string | null): FieldErrors => {
  const errors: FieldErrors = {};
  const title = v.title.trim();
  if (title === '') errors.title = 'Give the goal a title.';
  else if (title.length > TITLE_MAX) errors.title = `Keep the title to ${TITLE_MAX} characters (now ${title.length}).`;
  if (v.description.length > DESCRIPTION_MAX) errors.description = `Keep the description to ${DESCRIPTION_MAX.toLocaleString()} characters.`;
  if (v.start && v.end && v.end < v.start) errors.timeframe = 'The timeframe ends before it starts.';
  if (v.level !== 'strategy') {
    if (v.parentId === null) {
      if (!mayHaveNoParent(v)) errors.parentId = `A ${LEVEL_LABEL[v.level].toLowerCase()} goal needs a parent goal unless it is a draft.`;
    } else if (!parentOptions(goals, v.level, editingId).some((g) => g.id === v.parentId)) {
      errors.parentId = `This parent cannot hold a ${LEVEL_LABEL[v.level].toLowerCase()} goal: pick one at the same or a higher level.`;
    }
  }
  return errors;
};

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where a server VALIDATION error belongs: beside a field when the server names one, else at the top. */
export const placeServerError = (error: AppError): { fields: FieldErrors; top: string | null } => {
  const d = error.details;
  if (Array.isArray(d)) {
    const fields: FieldErrors = {};
    const rest: string[] = [];
    for (const issue of d) {
      if (!isRecord(issue) || typeof issue.message !== 'string') continue;
      const path = typeof issue.path === 'string' ? issue.path.replace(/^input\.?/, '') : '';
      const field = path.split('.')[0] ?? '';
      if (isGoalField(field) && !fields[field]) fields[field] = issue.message;
      else rest.push(path ? `${path}: ${issue.message}` : issue.message);
    }
    if (Object.keys(fields).length > 0) return { fields, top: rest.length > 0 ? rest.join('; ') : null };
    return { fields, top: rest.length > 0 ? `${error.message}: ${rest.join('; ')}` : error.message };
  }
  return { fields: {}, top: error.message };
};

/** A goal's editable fields as an input, for a goal that is not archived. */
export const inputOfGoal = (g: Goal): GoalInput => ({
  title: g.title,
  description: g.description,
  level: g.level,
  parentId: g.parentId,
  leaderId: g.leaderId,
  managerId: g.managerId,
  timeframe: g.timeframe,
  stage: g.stage,
  status: g.status === 'archived' ? 'active' : g.status,
  restricted: g.restricted,
});

/**
 * "Apply mine on top": the fields I changed since `base` take my value, every other field keeps theirs, so
 * their changes to fields I did not touch survive.
 */
export const mergeOnTop = (base: Goal, current: Goal, mine: GoalInput): GoalInput => {
  const theirs = inputOfGoal(current);
  const mineOr = <K extends keyof GoalInput & GoalField>(k: K): GoalInput[K] => (sameValue(k, base[k], mine[k]) ? theirs[k] : mine[k]);
  return {
    title: mineOr('title'),
    description: mineOr('description'),
    level: mineOr('level'),
    parentId: mineOr('parentId'),
    leaderId: mineOr('leaderId'),
    managerId: mineOr('managerId'),
    timeframe: mineOr('timeframe'),
    stage: mineOr('stage'),
    status: mineOr('status'),
    restricted: mineOr('restricted'),
  };
};

/** Form values back from an input, with the names the form already knows. */
export const valuesOfInput = (i: GoalInput, name: (id: string) => string): FormValues => ({
  title: i.title,
  description: i.description,
  level: i.level,
  parentId: i.parentId,
  leader: person(i.leaderId, name),
  manager: person(i.managerId, name),
  start: i.timeframe.start ?? '',
  end: i.timeframe.end ?? '',
  stage: i.stage,
  status: i.status,
  restricted: i.restricted ?? false,
});
