// The five-second read of the catalog: how many live goals sit on each level, how many are archived, and how
// many miss a leader or a manager. A level's count also filters the tree to that level.
import { LEVEL_LABEL, LEVELS, type Level } from '../../../src/shared/levels';
import type { CatalogCounts } from './catalog-tree';

interface Props {
  counts: CatalogCounts;
  level: Level | 'all';
  onLevel(level: Level | 'all'): void;
}

export function SummaryBar({ counts, level, onLevel }: Props) {
  const unstaffed = counts.withoutLeader + counts.withoutManager;
  return (
    <section className="sc-summary" aria-label="Goals per level" data-testid="catalog-summary">
      {LEVELS.map((l) => (
        <button
          key={l}
          type="button"
          className="sc-stat"
          aria-pressed={level === l}
          onClick={() => onLevel(level === l ? 'all' : l)}
          data-testid={`count-${l}`}
          title={level === l ? 'Show every level again' : `Show only ${LEVEL_LABEL[l].toLowerCase()} goals`}
        >
          <span className="sc-stat-number">{counts.byLevel[l]}</span>
          <span className="sc-stat-label">{LEVEL_LABEL[l]}</span>
        </button>
      ))}
      <div className="sc-summary-notes tl-small">
        {unstaffed > 0 ? (
          <span className="sc-missing">
            <span aria-hidden="true">⚠ </span>
            {[counts.withoutLeader > 0 && `${counts.withoutLeader} without a leader`, counts.withoutManager > 0 && `${counts.withoutManager} without a manager`]
              .filter(Boolean)
              .join(', ')}
          </span>
        ) : (
          <span className="tl-subtle">
            <span aria-hidden="true">✓ </span>Every goal has a leader and a manager
          </span>
        )}
        {counts.archived > 0 && <span className="tl-subtle">{counts.archived} archived, not counted</span>}
      </div>
    </section>
  );
}
