// The tree's filters: search by title, level, status, archived goals on or off, the goals whose KPIs need attention,
// and expand or collapse all.
import { LEVEL_LABEL, LEVELS, Level } from '../../../src/shared/levels';
import { GOAL_STATUSES, GoalStatus } from '../../../src/shared/model/goal';
import { isNarrowed, NO_FILTER, type CatalogFilter } from './catalog-tree';
import { STATUS_LABEL } from './format';

interface Props {
  filter: CatalogFilter;
  onChange(next: CatalogFilter): void;
  shown: number;
  total: number;
  onExpandAll(): void;
  onCollapseAll(): void;
}

export function CatalogFilters({ filter, onChange, shown, total, onExpandAll, onCollapseAll }: Props) {
  const set = (patch: Partial<CatalogFilter>) => onChange({ ...filter, ...patch });
  const statuses = GOAL_STATUSES.filter((s) => s !== 'archived' || filter.showArchived);
  return (
    <section className="sc-filters" aria-label="Filter goals">
      <div className="tl-field sc-filter-search">
        <label htmlFor="sc-search">Search by title</label>
        <input
          id="sc-search"
          className="tl-input"
          type="search"
          placeholder="e.g. revenue"
          value={filter.query}
          onChange={(e) => set({ query: e.target.value })}
        />
      </div>
      <div className="tl-field">
        <label htmlFor="sc-level">Level</label>
        <select
          id="sc-level"
          className="tl-select"
          value={filter.level}
          onChange={(e) => set({ level: e.target.value === 'all' ? 'all' : Level.parse(e.target.value) })}
        >
          <option value="all">All levels</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {LEVEL_LABEL[l]}
            </option>
          ))}
        </select>
      </div>
      <div className="tl-field">
        <label htmlFor="sc-status">Status</label>
        <select
          id="sc-status"
          className="tl-select"
          value={filter.status}
          onChange={(e) => set({ status: e.target.value === 'all' ? 'all' : GoalStatus.parse(e.target.value) })}
        >
          <option value="all">All statuses</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </div>
      <label className="sc-check">
        <input
          type="checkbox"
          checked={filter.showArchived}
          onChange={(e) => set({ showArchived: e.target.checked, status: !e.target.checked && filter.status === 'archived' ? 'all' : filter.status })}
        />
        Show archived
      </label>
      <label className="sc-check" title="Active goals with a KPI off track, at risk, or not measured when it should have been">
        <input type="checkbox" checked={filter.attention === true} onChange={(e) => set({ attention: e.target.checked })} data-testid="filter-attention" />
        Needs attention
      </label>
      <div className="tl-row sc-filter-tail">
        <span className="tl-small tl-subtle" aria-live="polite" data-testid="catalog-shown">
          {isNarrowed(filter) ? `${shown} of ${total} goals match` : `${total} goals`}
        </span>
        {isNarrowed(filter) ? (
          <button type="button" className="tl-button sc-button--subtle" onClick={() => onChange({ ...NO_FILTER, showArchived: filter.showArchived })}>
            Clear filters
          </button>
        ) : (
          <>
            <button type="button" className="tl-button sc-button--subtle" onClick={onExpandAll}>
              Expand all
            </button>
            <button type="button" className="tl-button sc-button--subtle" onClick={onCollapseAll}>
              Collapse all
            </button>
          </>
        )}
      </div>
    </section>
  );
}
