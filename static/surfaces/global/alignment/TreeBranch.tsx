// A list of sibling nodes and, under each expanded one, its children: loaded when first opened, with a visible
// loading state, an error with a retry, and a note when a node turns out to have nothing the viewer may see. Under
// a goal opened with "Expand all" whose subtree is larger than one read: "Show more".
import type { FocusEvent } from 'react';
import type { TreeNode } from '../../../../src/shared/api/alignment';
import type { ProgressRule } from '../../../../src/shared/model/rollup';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { ShowMore } from '../../../kit/ui/ShowMore';
import { TreeRow } from './TreeRow';
import { focusItem, onTreeKeyDown } from './tree-keys';
import { hasChildren, keyOf, refOf, type ChildLoad, type MoreLoad } from './useTree';
import { titleOf } from './words';

export interface BranchProps {
  nodes: readonly TreeNode[];
  parentKey: string;
  depth: number;
  rule: ProgressRule;
  showGaps: boolean;
  expanded: ReadonlySet<string>;
  children: Readonly<Record<string, ChildLoad>>;
  toggle: (key: string, node: TreeNode) => void;
  /** Opens everything below a goal in one read. */
  expandAll: (key: string, node: TreeNode) => void;
  reload: (key: string, ref: NonNullable<ReturnType<typeof refOf>>) => void;
  /** Goals opened with "Expand all" that have more pages to read, and the reading of the next one. */
  more: Readonly<Record<string, MoreLoad>>;
  showMore: (key: string) => void;
  /** The nearest goal above's expected-by-now, for project and epic rows (their bars take its pace). */
  parentExpected?: number | null | undefined;
}

/** An item focused by the mouse takes the tab stop too. */
const onTreeFocus = (e: FocusEvent<HTMLUListElement>) => {
  const target = e.target as HTMLElement;
  if (target.getAttribute('role') === 'treeitem' && target.tabIndex !== 0) focusItem(e.currentTarget, target);
};

export function TreeBranch(props: BranchProps) {
  const { nodes, parentKey, depth, expanded, children, toggle, expandAll, reload, more, showMore } = props;
  return (
    <ul
      className={depth === 1 ? 'al-tree' : 'al-children'}
      role={depth === 1 ? 'tree' : 'group'}
      aria-label={depth === 1 ? 'Alignment tree' : undefined}
      onKeyDown={depth === 1 ? onTreeKeyDown : undefined}
      onFocus={depth === 1 ? onTreeFocus : undefined}
    >
      {nodes.map((node, index) => {
        const key = keyOf(parentKey, node);
        const expandable = hasChildren(node);
        const open = expandable && expanded.has(key);
        const load = children[key];
        const ref = refOf(node);
        const expected = node.kind === 'goal' ? (node.expected ?? null) : (props.parentExpected ?? null);
        return (
          <li
            key={key}
            role="treeitem"
            aria-level={depth}
            aria-expanded={expandable ? open : undefined}
            aria-label={titleOf(node)}
            // Roving tabindex: the first item starts in the tab order; the arrows move it (tree-keys.ts).
            tabIndex={depth === 1 && index === 0 ? 0 : -1}
          >
            <TreeRow
              node={node}
              rule={props.rule}
              expanded={open}
              expandable={expandable}
              showGaps={props.showGaps}
              onToggle={() => toggle(key, node)}
              onExpandAll={node.kind === 'goal' && expandable ? () => expandAll(key, node) : undefined}
              expected={expected}
            />
            {open && load?.status === 'loading' && (
              <div className="al-loading">
                <Loading label={`Loading what serves ${titleOf(node)}…`} />
              </div>
            )}
            {open && load?.status === 'error' && ref && (
              <div className="al-loading">
                <ErrorMessage error={load.error} onRetry={() => reload(key, ref)} />
              </div>
            )}
            {open && load?.status === 'ready' && load.view.nodes.length === 0 && (
              <p className="al-loading tl-small tl-subtle">Nothing here that you can see.</p>
            )}
            {open && load?.status === 'ready' && load.view.nodes.length > 0 && (
              <TreeBranch {...props} nodes={load.view.nodes} parentKey={key} depth={depth + 1} parentExpected={expected} />
            )}
            {open && more[key] && (
              <div className="al-loading">
                <ShowMore
                  shown={more[key].view.rows.length}
                  what={`what serves ${titleOf(node)}`}
                  loading={more[key].loading}
                  error={more[key].error}
                  onMore={() => showMore(key)}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
