// Test data mothers for input from the work: open input on goal g-1 by the author acc-author, changed only where a test cares.
import type { Input } from '../../src/shared/model/input';

export const anInput = (over: Partial<Input> = {}): Input => ({
  id: 'in-1',
  goalId: 'g-1',
  kind: 'change',
  text: 'The release checklist takes longer than the release',
  anonymous: false,
  authorId: 'acc-author',
  authorName: 'Ann Author',
  issue: { id: '10001', key: 'INS-1' },
  createdAt: '2026-07-01T09:00:00.000Z',
  version: 1,
  triage: { state: 'open' },
  ...over,
});
