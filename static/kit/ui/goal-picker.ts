// The goal picker's model, pure: which goals match what was typed (every word, in any order, ignoring case and
// accents), grouped by level from the top, with one goal (the project's own) first when given, and at most
// `limit` options rendered, so a catalog of thousands stays quick to filter and to draw.
import { LEVEL_LABEL, LEVELS, type Level } from '../../../src/shared/levels';
import type { GoalStatus } from '../../../src/shared/model/goal';

export interface PickerGoal {
  id: string;
  title: string;
  level: Level;
  status: GoalStatus;
}

export interface PickerGroup {
  key: string;
  label: string;
  goals: PickerGoal[];
}

export interface PickerModel {
  groups: PickerGroup[];
  /** The options in the order shown (groups flattened): arrows move through this list. */
  options: PickerGoal[];
  /** Goals that match, shown or not. */
  total: number;
  /** Goals that match but are not drawn (type more to narrow them). */
  more: number;
}

export interface PickerOptions {
  /** A goal shown first, in its own group (the project's own goal when tagging its epics). */
  firstId?: string | null | undefined;
  firstLabel?: string;
  /** Drawn options at most. */
  limit?: number;
}

export const PICKER_LIMIT = 50;

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Every word of the query appears in the title (any order); an empty query matches everything. */
export const matchesQuery = (title: string, query: string): boolean => {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const t = fold(title);
  return words.every((w) => t.includes(w));
};

export const pickerModel = (goals: readonly PickerGoal[], query: string, opts: PickerOptions = {}): PickerModel => {
  const limit = opts.limit ?? PICKER_LIMIT;
  const q = fold(query.trim());
  const hits = goals.filter((g) => matchesQuery(g.title, query));
  // Titles that start with the query come first within their level; then by title.
  const order = (a: PickerGoal, b: PickerGoal) =>
    (q ? Number(fold(b.title).startsWith(q)) - Number(fold(a.title).startsWith(q)) : 0) || a.title.localeCompare(b.title);
  const first = opts.firstId ? hits.find((g) => g.id === opts.firstId) : undefined;
  const rest = hits.filter((g) => g !== first);
  const all: PickerGroup[] = [
    ...(first ? [{ key: 'first', label: opts.firstLabel ?? 'Suggested', goals: [first] }] : []),
    ...LEVELS.map((level) => ({ key: level, label: `${LEVEL_LABEL[level]} goals`, goals: rest.filter((g) => g.level === level).sort(order) })),
  ].filter((g) => g.goals.length > 0);
  const groups: PickerGroup[] = [];
  let left = limit;
  for (const g of all) {
    if (left <= 0) break;
    const shown = g.goals.slice(0, left);
    left -= shown.length;
    groups.push({ ...g, goals: shown });
  }
  const options = groups.flatMap((g) => g.goals);
  return { groups, options, total: hits.length, more: hits.length - options.length };
};

/** The next active option for a key, wrapping around; -1 when there is none. */
export const moveActive = (active: number, count: number, key: 'ArrowDown' | 'ArrowUp' | 'Home' | 'End'): number => {
  if (count === 0) return -1;
  switch (key) {
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    case 'ArrowDown':
      return active < 0 ? 0 : (active + 1) % count;
    case 'ArrowUp':
      return active < 0 ? count - 1 : (active - 1 + count) % count;
  }
};

/**
 * When nothing offered matches what was typed, the first goal that matches among those the form leaves out (a goal
 * below the level chosen), so the picker can say why it is not offered and how to pick it; null otherwise.
 */
export const outsideMatch = (m: PickerModel, outside: readonly PickerGoal[], query: string): PickerGoal | null => {
  if (m.total > 0 || query.trim() === '') return null;
  return pickerModel(outside, query, { limit: 1 }).options[0] ?? null;
};

/** What the picker says under the field: how many match, or that none does. */
export const pickerStatus = (m: PickerModel, query: string, noneWords = 'There is no goal to choose.'): string => {
  if (m.total === 0) return query.trim() ? `No goal matches “${query.trim()}”.` : noneWords;
  if (m.more > 0) return `${m.options.length} of ${m.total} goals shown; type to narrow them.`;
  return '';
};
