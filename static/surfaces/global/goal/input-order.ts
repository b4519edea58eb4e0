// The order of a goal's input for those who answer it: a queue. What is still open comes first, the longest waiting
// at the top (what "Due from you" calls overdue is what they see first); what has been dealt with follows, newest
// first. Pure.
import type { InputView } from '../../../../src/shared/api/input-view';

const isOpen = (i: Pick<InputView, 'triage'>): boolean => i.triage.state === 'open';

export const triageOrder = <T extends Pick<InputView, 'id' | 'createdAt' | 'triage'>>(items: readonly T[]): T[] => {
  const open = items.filter(isOpen).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  const dealt = items.filter((i) => !isOpen(i)).sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
  return [...open, ...dealt];
};
