import { triageOrder } from './input-order';

const item = (id: string, createdAt: string, state: 'open' | 'answered' | 'not-now') =>
  ({ id, createdAt, triage: state === 'open' ? { state } : { state, by: { accountId: 'a', displayName: 'A' }, at: createdAt } }) as never;

describe('the order of input for those who answer it', () => {
  it('puts open input first, the longest waiting at the top, then what was dealt with, newest first', () => {
    const items = [
      item('new-open', '2026-11-26T09:00:00Z', 'open'),
      item('old-answered', '2026-11-01T09:00:00Z', 'answered'),
      item('oldest-open', '2026-11-08T09:00:00Z', 'open'),
      item('new-not-now', '2026-11-20T09:00:00Z', 'not-now'),
    ];
    expect(triageOrder(items).map((i: { id: string }) => i.id)).toEqual(['oldest-open', 'new-open', 'new-not-now', 'old-answered']);
  });

  it('keeps a stable order for input left at the same moment, and leaves nothing out', () => {
    const items = [item('b', '2026-11-26T09:00:00Z', 'open'), item('a', '2026-11-26T09:00:00Z', 'open')];
    expect(triageOrder(items).map((i: { id: string }) => i.id)).toEqual(['a', 'b']);
    expect(triageOrder([])).toEqual([]);
  });
});
