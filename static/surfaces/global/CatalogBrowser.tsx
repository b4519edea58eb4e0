// The browsing half of the workspace: the summary bar, the filters and the tree (or why nothing matches).
import { useMemo, type Dispatch, type SetStateAction } from 'react';
import type { GoalSummary } from '../../../src/shared/model/goal';
import type { GoalHealth } from '../../../src/shared/model/goal-health';
import { EmptyState } from '../../kit/ui/EmptyState';
import { buildTree, countCatalog, isNarrowed, NO_FILTER, type CatalogFilter } from './catalog-tree';
import { CatalogFilters } from './CatalogFilters';
import type { GoalActionHandlers } from './GoalActions';
import { GoalTree } from './GoalTree';
import type { CatalogNamer } from './namer';
import { SummaryBar } from './SummaryBar';

interface Props {
  goals: readonly GoalSummary[];
  health: Readonly<Record<string, GoalHealth>>;
  names: CatalogNamer;
  filter: CatalogFilter;
  setFilter: Dispatch<SetStateAction<CatalogFilter>>;
  collapsed: ReadonlySet<string>;
  setCollapsed: Dispatch<SetStateAction<ReadonlySet<string>>>;
  selectedId: string | null;
  onOpen(id: string): void;
  actions: GoalActionHandlers | null;
}

export function CatalogBrowser({ goals, health, names, filter, setFilter, collapsed, setCollapsed, selectedId, onOpen, actions }: Props) {
  const tree = useMemo(() => buildTree(goals, filter, health), [goals, filter, health]);
  const counts = useMemo(() => countCatalog(goals), [goals]);
  const total = goals.filter((g) => filter.showArchived || g.status !== 'archived').length;
  const clear = () => setFilter((f) => ({ ...NO_FILTER, showArchived: f.showArchived }));
  const toggle = (id: string) => setCollapsed((c) => (c.has(id) ? new Set([...c].filter((x) => x !== id)) : new Set([...c, id])));
  const parents = () => new Set(goals.filter((g) => goals.some((c) => c.parentId === g.id)).map((g) => g.id));
  return (
    <>
      <SummaryBar counts={counts} level={filter.level} onLevel={(level) => setFilter((f) => ({ ...f, level }))} />
      <CatalogFilters
        filter={filter}
        onChange={setFilter}
        shown={tree.matched}
        total={total}
        onExpandAll={() => setCollapsed(new Set())}
        onCollapseAll={() => setCollapsed(parents())}
      />
      {tree.roots.length === 0 ? (
        <EmptyState title="No goals match">
          Try another title, level or status{filter.attention ? ' (no goal’s KPIs need attention now)' : ''}, or{' '}
          <button type="button" className="sc-link" onClick={clear}>
            clear the filters
          </button>
          .
        </EmptyState>
      ) : (
        <GoalTree
          roots={tree.roots}
          collapsed={collapsed}
          forceOpen={isNarrowed(filter)}
          onToggle={toggle}
          onOpen={onOpen}
          selectedId={selectedId}
          health={health}
          names={names}
          actions={actions}
        />
      )}
    </>
  );
}
