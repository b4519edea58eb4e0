// The gaps as a heat map of level × kind: each count in words inside its cell, the cell darker the more gaps it
// holds (never colour alone: the number is the cell's text). A cell is a button: it lists that level's gaps of that
// kind below; pressed again, it lists every gap.
import { GAP_LABEL, type GapCount, type GapKind } from '../../../../src/shared/api/alignment';
import { LEVEL_LABEL, type Level } from '../../../../src/shared/levels';
import type { LevelPick } from './GapLevels';
import { HEAT_WORDS, heatGrid, type Heat } from './heat-map';

export interface CellPick {
  level: Exclude<LevelPick, null>;
  kind: GapKind;
}

const levelWords = (level: Level | null): string => (level ? LEVEL_LABEL[level] : 'No level yet');
const plural = (n: number): string => (n === 1 ? '1 gap' : `${n} gaps`);

interface Props {
  counts: readonly GapCount[];
  picked: CellPick | null;
  onPick: (p: CellPick | null) => void;
}

export function GapHeatMap({ counts, picked, onPick }: Props) {
  const grid = heatGrid(counts);
  if (grid.rows.length === 0) return null;
  return (
    <section className="al-heat-section" data-testid="gap-heat-map">
      <h2 className="al-heat-title">Gaps by level and kind</h2>
      <p className="tl-small tl-subtle">Each cell counts the gaps of one kind at one level; pick a cell to list them. The more gaps, the darker the cell.</p>
      <div className="al-heat-scroll">
        <table className="al-heat">
          <thead>
            <tr>
              <th scope="col">Level</th>
              {grid.kinds.map((k) => (
                <th scope="col" key={k}>
                  {GAP_LABEL[k]}
                </th>
              ))}
              <th scope="col">All kinds</th>
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((r) => {
              const level = r.level ?? 'none';
              return (
                <tr key={level}>
                  <th scope="row">{levelWords(r.level)}</th>
                  {r.cells.map((c) => {
                    const on = picked?.level === level && picked.kind === c.kind;
                    return (
                      <td key={c.kind} className={`al-heat-cell al-heat-${c.heat}`}>
                        {c.count === 0 ? (
                          <span className="al-heat-none" aria-label="none">
                            –
                          </span>
                        ) : (
                          <button
                            type="button"
                            aria-pressed={on}
                            aria-label={`${plural(c.count)}: ${GAP_LABEL[c.kind]}, ${levelWords(r.level)}. ${on ? 'Listed below; press to list every gap' : 'List them below'}`}
                            onClick={() => onPick(on ? null : { level, kind: c.kind })}
                            data-testid={`heat-${level}-${c.kind}`}
                          >
                            {c.count}
                          </button>
                        )}
                      </td>
                    );
                  })}
                  <td className="al-heat-total">{r.total}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="al-heat-legend tl-small tl-subtle" aria-hidden="true">
        {([1, 2, 3, 4] as Exclude<Heat, 0>[]).map((h) => (
          <span key={h} className="al-heat-key">
            <span className={`al-heat-swatch al-heat-${h}`} /> {HEAT_WORDS[h]}
          </span>
        ))}
      </p>
    </section>
  );
}
