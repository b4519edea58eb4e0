// People as the pickers list them: those whose name (or a word of it) starts with what was typed first, then the
// rest in Jira's order. Pure, so the people picker's order is tested without a browser.
import type { UserRef } from '../../../src/shared/api/catalog';

const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/** 0: the name starts with the query; 1: a later word of it does; 2: anything else Jira returned. */
const rankOf = (name: string, q: string): number => {
  const n = fold(name);
  if (n.startsWith(q)) return 0;
  return n.split(/[\s\-.'’]+/).some((w) => w.startsWith(q)) ? 1 : 2;
};

export const rankPeople = <U extends Pick<UserRef, 'displayName'>>(users: readonly U[], query: string): U[] => {
  const q = fold(query);
  if (q === '') return [...users];
  // A stable sort keeps Jira's order within each rank.
  return users
    .map((u, i) => ({ u, i, r: rankOf(u.displayName, q) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.u);
};

/** The initials shown when a person has no avatar: "Aisha Khan" → "AK". */
export const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
