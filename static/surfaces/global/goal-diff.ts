// What differs between two versions of a goal, field by field, and each value in words. Used by the history
// (audit before → after) and by the conflict view (the version you started from, theirs and yours).
import { LEVEL_LABEL, Level } from '../../../src/shared/levels';
import { CycleStage, GoalStatus, Timeframe } from '../../../src/shared/model/goal';
import { formatTimeframe, STAGE_LABEL, STATUS_LABEL } from './format';

export const GOAL_FIELDS = ['title', 'description', 'level', 'parentId', 'leaderId', 'managerId', 'timeframe', 'stage', 'status', 'restricted'] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

export const FIELD_LABEL: Record<GoalField, string> = {
  title: 'Title',
  description: 'Description',
  level: 'Level',
  parentId: 'Parent goal',
  leaderId: 'Leader',
  managerId: 'Manager',
  timeframe: 'Timeframe',
  stage: 'Cycle stage',
  status: 'Status',
  restricted: 'Restricted',
};

export const isGoalField = (s: string): s is GoalField => (GOAL_FIELDS as readonly string[]).includes(s);

/** A goal-like record from anywhere (an audit event is `unknown`); missing fields read as absent. */
export type GoalLike = Partial<Record<GoalField, unknown>>;

const asRecord = (v: unknown): GoalLike => (typeof v === 'object' && v !== null ? (v as GoalLike) : {});

const canonical = (field: GoalField, v: unknown): string => {
  if (field === 'timeframe') {
    const t = Timeframe.safeParse(v);
    return t.success ? `${t.data.start ?? ''}/${t.data.end ?? ''}` : '/';
  }
  if (field === 'description' && (v === undefined || v === null)) return '""';
  // Goals stored before the flag existed are not restricted.
  if (field === 'restricted') return v === true ? 'true' : 'false';
  return JSON.stringify(v ?? null);
};

export const sameValue = (field: GoalField, a: unknown, b: unknown): boolean => canonical(field, a) === canonical(field, b);

export const changedFields = (before: unknown, after: unknown): GoalField[] => {
  const a = asRecord(before);
  const b = asRecord(after);
  return GOAL_FIELDS.filter((f) => !sameValue(f, a[f], b[f]));
};

export const fieldOf = (goal: unknown, field: GoalField): unknown => asRecord(goal)[field];

export interface Namer {
  person(accountId: string): string;
  goal(id: string): string;
}

const clip = (s: string, max = 140): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** One value in words, as a person reads it; never markup. */
export const describeValue = (field: GoalField, value: unknown, names: Namer): string => {
  switch (field) {
    case 'title':
      return typeof value === 'string' ? value : '—';
    case 'description':
      return typeof value === 'string' && value.trim() !== '' ? clip(value) : 'No description';
    case 'level': {
      const l = Level.safeParse(value);
      return l.success ? LEVEL_LABEL[l.data] : '—';
    }
    case 'parentId':
      return typeof value === 'string' ? names.goal(value) : 'None';
    case 'leaderId':
      return typeof value === 'string' ? names.person(value) : 'No leader';
    case 'managerId':
      return typeof value === 'string' ? names.person(value) : 'No manager';
    case 'timeframe': {
      const t = Timeframe.safeParse(value);
      return t.success ? formatTimeframe(t.data) : 'No timeframe';
    }
    case 'stage': {
      const s = CycleStage.safeParse(value);
      return s.success ? STAGE_LABEL[s.data] : '—';
    }
    case 'status': {
      const s = GoalStatus.safeParse(value);
      return s.success ? STATUS_LABEL[s.data] : '—';
    }
    case 'restricted':
      return value === true ? 'Restricted' : 'Not restricted';
    default: {
      const never: never = field;
      return never;
    }
  }
};
