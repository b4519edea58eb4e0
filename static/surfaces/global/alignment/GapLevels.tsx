// The gaps radar's first glance: how many gaps sit at each level, and of which kinds; a level can be picked to
// narrow the list below it.
import { GAP_LABEL, type GapCount, type GapKind } from '../../../../src/shared/api/alignment';
import { LEVEL_LABEL, type Level } from '../../../../src/shared/levels';

export type LevelPick = Level | 'none' | null;

const pickOf = (level: Level | null): LevelPick => level ?? 'none';

export function GapLevels({ counts, picked, onPick }: { counts: readonly GapCount[]; picked: LevelPick; onPick: (p: LevelPick) => void }) {
  return (
    <div className="al-levels" role="group" aria-label="Gaps per level; pick one to list only its gaps" data-testid="gap-levels">
      {counts.map((c) => {
        const pick = pickOf(c.level);
        const label = c.level ? LEVEL_LABEL[c.level] : 'No level yet';
        return (
          <button
            key={pick}
            type="button"
            className="al-level"
            aria-pressed={picked === pick}
            onClick={() => onPick(picked === pick ? null : pick)}
            data-testid={`gap-level-${pick}`}
          >
            <span className="al-level-number">{c.total}</span>
            <span>{label}</span>
            <span className="al-level-kinds">
              {Object.entries(c.byKind)
                .map(([kind, n]) => `${n} ${GAP_LABEL[kind as GapKind].toLowerCase()}`)
                .join(' · ')}
            </span>
          </button>
        );
      })}
    </div>
  );
}
