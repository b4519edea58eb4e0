// Progress of the work under a goal, project or epic: a bar AND the percentage in words, never colour alone.
import type { Totals } from '../../../src/shared/api/alignment';
import type { ProgressRule } from '../../../src/shared/model/rollup';
import './alignment.css';

const issues = (t: Totals): number => t.counts.todo + t.counts.inProgress + t.counts.done;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "62% done", or what there is when nothing can be measured (work may exist where the viewer may not look). */
export const percentWords = (progress: number | null, outOfSight = false): string =>
  progress === null ? (outOfSight ? 'No work you can see' : 'No work yet') : `${Math.round(progress * 100)}% done`;

/** The counts behind the number: "3 epics · 31 of 50 issues done (12 in progress)". */
export const countWords = (t: Totals, rule: ProgressRule, withEpics = true): string => {
  const n = issues(t);
  const epics = withEpics ? `${plural(t.epics, 'epic')} · ` : '';
  if (n === 0) return `${epics}no issues yet`;
  const points = t.points.todo + t.points.inProgress + t.points.done;
  const basis = rule === 'story-points' && points > 0 ? `${t.points.done} of ${points} points done` : `${t.counts.done} of ${plural(n, 'issue')} done`;
  return `${epics}${basis}${t.counts.inProgress > 0 ? ` (${t.counts.inProgress} in progress)` : ''}`;
};

export function ProgressBar({
  progress,
  label,
  compact = false,
  outOfSight = false,
}: {
  progress: number | null;
  label: string;
  compact?: boolean;
  outOfSight?: boolean;
}) {
  const pct = progress === null ? 0 : Math.round(progress * 100);
  return (
    <div className={`tl-progress${compact ? ' tl-progress--compact' : ''}`}>
      <div
        className="tl-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(progress === null ? { 'aria-valuetext': percentWords(null, outOfSight) } : { 'aria-valuenow': pct })}
      >
        <div className="tl-progress-fill" style={{ width: `${pct}%` }} />
      </div>
      <span className="tl-progress-words" data-testid="progress-words">
        {percentWords(progress, outOfSight)}
      </span>
    </div>
  );
}
