// Words for alignment tree nodes, shared by the explorer and the alignment tree macro: what kind of node it is,
// who leads and manages it, and what is under it.
import type { Person, TreeNode } from '../../../src/shared/api/alignment';
import { LEVEL_LABEL } from '../../../src/shared/levels';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const kindLabel = (n: TreeNode): string => {
  switch (n.kind) {
    case 'goal':
      return `${LEVEL_LABEL[n.level]} goal`;
    case 'project':
      return `Jira project ${n.key}`;
    case 'epic':
      return `Epic ${n.key}`;
  }
};

export const titleOf = (n: TreeNode): string => (n.kind === 'project' ? n.name : n.title);

export const peopleWords = (leader: Person, manager: Person): string | null =>
  leader || manager ? `Leader: ${leader?.displayName ?? 'none'} · Manager: ${manager?.displayName ?? 'none'}` : null;

export const belowWords = (n: TreeNode): string | null => {
  if (n.kind !== 'goal') return null;
  const parts = [n.childGoals > 0 ? plural(n.childGoals, 'sub-goal') : '', n.projects > 0 ? plural(n.projects, 'project') : ''].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
};
