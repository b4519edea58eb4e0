import { treeMove, type ItemState } from './tree-keys';

// 0 Grow ARR (open)
//   1 Analytics (closed)
//   2 Sales (leaf)
// 3 Delight customers (closed)
const ITEMS: ItemState[] = [
  { expandable: true, expanded: true, parent: -1 },
  { expandable: true, expanded: false, parent: 0 },
  { expandable: false, expanded: false, parent: 0 },
  { expandable: true, expanded: false, parent: -1 },
];

describe('the alignment tree’s keys', () => {
  it.each([
    [0, 'ArrowDown', { kind: 'focus', index: 1 }],
    [3, 'ArrowDown', null],
    [1, 'ArrowUp', { kind: 'focus', index: 0 }],
    [0, 'ArrowUp', null],
    [2, 'Home', { kind: 'focus', index: 0 }],
    [0, 'End', { kind: 'focus', index: 3 }],
    [1, 'ArrowRight', { kind: 'toggle', index: 1 }],
    [0, 'ArrowRight', { kind: 'focus', index: 1 }],
    [2, 'ArrowRight', null],
    [0, 'ArrowLeft', { kind: 'toggle', index: 0 }],
    [2, 'ArrowLeft', { kind: 'focus', index: 0 }],
    [3, 'ArrowLeft', null],
    [2, 'Enter', { kind: 'open', index: 2 }],
    [2, 'a', null],
  ] as const)('from item %p, %s → %j', (from, key, action) => {
    expect(treeMove(ITEMS, from, key)).toEqual(action);
  });

  it('does not enter an open item whose children are still loading', () => {
    expect(treeMove([{ expandable: true, expanded: true, parent: -1 }], 0, 'ArrowRight')).toBeNull();
  });
});
