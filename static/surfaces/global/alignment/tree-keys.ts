// The Alignment tree's keyboard, after the WAI-ARIA tree pattern: Up and Down move between the visible items,
// Home and End go to the first and the last, Right opens a closed item or enters an open one, Left closes an open
// item or goes to its parent, Enter opens the item's page. One item is in the tab order at a time (roving
// tabindex). `treeMove` decides, on plain data; `onTreeKeyDown` applies it to the rendered tree.
import type { KeyboardEvent } from 'react';

export interface ItemState {
  expandable: boolean;
  expanded: boolean;
  /** Index of its parent item among the visible items; -1 at the top. */
  parent: number;
}

export type TreeAction = { kind: 'focus'; index: number } | { kind: 'toggle'; index: number } | { kind: 'open'; index: number } | null;

export const treeMove = (items: readonly ItemState[], current: number, key: string): TreeAction => {
  const item = items[current];
  if (!item) return null;
  switch (key) {
    case 'ArrowDown':
      return current + 1 < items.length ? { kind: 'focus', index: current + 1 } : null;
    case 'ArrowUp':
      return current > 0 ? { kind: 'focus', index: current - 1 } : null;
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: items.length - 1 };
    case 'ArrowRight':
      if (!item.expandable) return null;
      if (!item.expanded) return { kind: 'toggle', index: current };
      return items[current + 1]?.parent === current ? { kind: 'focus', index: current + 1 } : null;
    case 'ArrowLeft':
      if (item.expandable && item.expanded) return { kind: 'toggle', index: current };
      return item.parent >= 0 ? { kind: 'focus', index: item.parent } : null;
    case 'Enter':
      return { kind: 'open', index: current };
    default:
      return null;
  }
};

const itemsOf = (tree: HTMLElement): HTMLElement[] => [...tree.querySelectorAll<HTMLElement>('[role="treeitem"]')];

/** Moves the one tabbable item to `to`, and focus with it. */
export const focusItem = (tree: HTMLElement, to: HTMLElement): void => {
  for (const el of itemsOf(tree)) el.tabIndex = el === to ? 0 : -1;
  to.focus();
};

export const onTreeKeyDown = (e: KeyboardEvent<HTMLElement>): void => {
  const tree = e.currentTarget;
  const target = e.target as HTMLElement;
  if (target.getAttribute('role') !== 'treeitem') return;
  const els = itemsOf(tree);
  const states = els.map((el) => {
    const up = el.parentElement?.closest<HTMLElement>('[role="treeitem"]') ?? null;
    return { expandable: el.hasAttribute('aria-expanded'), expanded: el.getAttribute('aria-expanded') === 'true', parent: up ? els.indexOf(up) : -1 };
  });
  const action = treeMove(states, els.indexOf(target), e.key);
  if (!action) return;
  e.preventDefault();
  e.stopPropagation();
  const el = els[action.index]!;
  if (action.kind === 'focus') focusItem(tree, el);
  // The row's own controls do the work, so the keyboard and the mouse take one path.
  if (action.kind === 'toggle') el.querySelector<HTMLButtonElement>(':scope > [data-testid="tree-row"] .al-toggle')?.click();
  if (action.kind === 'open') el.querySelector<HTMLButtonElement>(':scope > [data-testid="tree-row"] [data-testid="node-title"]')?.click();
};
