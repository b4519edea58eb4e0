// How many KPIs are on track, at risk, off track, stale or without data: each count in its state's look, with icon and word.
import type { StatusCounts as Counts } from '../../../../src/shared/api/scorecards';
import { LookLozenge } from '../Lozenge';
import { NO_DATA, STALE, STATUS } from './words';
import './scorecard.css';

export function StatusCounts({ counts }: { counts: Counts }) {
  const parts = [
    [counts.onTrack, STATUS['on-track']],
    [counts.atRisk, STATUS['at-risk']],
    [counts.offTrack, STATUS['off-track']],
    [counts.stale, STALE],
    [counts.noData, NO_DATA],
  ] as const;
  const shown = parts.filter(([n]) => n > 0);
  if (shown.length === 0) return <span className="tl-subtle">No KPIs</span>;
  return (
    <ul className="kp-counts">
      {shown.map(([n, s]) => (
        <li key={s.word} className="kp-count">
          <LookLozenge look={s}>
            {n} {s.word.toLowerCase()}
          </LookLozenge>
        </li>
      ))}
    </ul>
  );
}
