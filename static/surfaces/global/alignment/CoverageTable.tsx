// Coverage per level, above the Alignment tree: at each level from the top, the active goals the viewer can see,
// how many have work they can browse and how many have KPIs. A shortfall is marked with an icon and words.
import type { LevelCoverage } from '../../../../src/shared/api/alignment';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import { coverageSentence, falls, ofWords } from './coverage-words';

function Cell({ n, of, what }: { n: number; of: number; what: string }) {
  const short = falls(n, of);
  return (
    <td className={short ? 'al-cov-short' : undefined}>
      {ofWords(n, of)}
      {short && (
        <>
          {' '}
          <span aria-hidden="true">⚠</span>
          <span className="tl-visually-hidden">
            {' '}
            ({of - n} without {what})
          </span>
        </>
      )}
    </td>
  );
}

export function CoverageTable({ rows }: { rows: readonly LevelCoverage[] }) {
  return (
    <section className="al-coverage" data-testid="coverage">
      <h2 className="tl-small">Coverage by level</h2>
      <p className="tl-small tl-subtle">{coverageSentence(rows)}</p>
      <table className="al-coverage-table tl-small">
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Active goals</th>
            <th scope="col">With work</th>
            <th scope="col">With KPIs</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.level} data-testid={`coverage-${r.level}`}>
              <th scope="row">{LEVEL_LABEL[r.level]}</th>
              <td>{r.goals}</td>
              <Cell n={r.withWork} of={r.goals} what="work" />
              <Cell n={r.withKpis} of={r.goals} what="KPIs" />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
