// Progress of the work under a goal, project or epic: a bar AND the percentage in words, never colour alone. Given
// where the work should be by now (the share of the goal's timeframe gone by), the bar marks that point and takes
// the colour of its pace on the health scale (static/kit/ui/looks.ts), and says both in its tooltip.
import type { Totals } from '../../../src/shared/api/alignment';
import type { ProgressRule } from '../../../src/shared/model/rollup';
import { HEALTH_LOOK, paceState } from './looks';
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

/** "On track: 62% done, 55% expected by now", or just the percentage without an expectation. */
export const paceWords = (progress: number | null, expected: number | null | undefined, outOfSight = false): string => {
  const state = paceState(progress, expected);
  const done = percentWords(progress, outOfSight);
  return state === null || expected === null || expected === undefined
    ? done
    : `${HEALTH_LOOK[state].word}: ${done}, ${Math.round(expected * 100)}% expected by now`;
};

export function ProgressBar({
  progress,
  label,
  compact = false,
  outOfSight = false,
  expected,
}: {
  progress: number | null;
  label: string;
  compact?: boolean;
  outOfSight?: boolean;
  /** Where the work would be on plan today (0…1); absent or null: no marker, the bar in the brand colour. */
  expected?: number | null | undefined;
}) {
  const pct = progress === null ? 0 : Math.round(progress * 100);
  const pace = paceState(progress, expected);
  const words = paceWords(progress, expected, outOfSight);
  return (
    <div className={`tl-progress${compact ? ' tl-progress--compact' : ''}`} title={words} data-pace={pace ?? undefined}>
      <div
        className="tl-progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        {...(progress === null ? { 'aria-valuetext': percentWords(null, outOfSight) } : { 'aria-valuenow': pct, 'aria-valuetext': words })}
      >
        <div className={`tl-progress-fill${pace ? ` tl-progress-fill--${pace}` : ''}`} style={{ width: `${pct}%` }} />
        {expected !== null && expected !== undefined && progress !== null && (
          <div className="tl-progress-expected" style={{ left: `${Math.round(expected * 100)}%` }} data-testid="progress-expected" />
        )}
      </div>
      <span className="tl-progress-words" data-testid="progress-words">
        {percentWords(progress, outOfSight)}
      </span>
    </div>
  );
}

/** The paces a bar can show, in the order of the key. */
const KEY_PACES = ['on-track', 'at-risk', 'off-track'] as const;

/** What a bar's colour and tick mean, once above a tree of bars: the colours alone would not say it. */
export function ProgressKey() {
  return (
    <p className="tl-progress-key tl-small tl-subtle" data-testid="progress-key">
      <span>Bar colour is the pace against the time gone by:</span>
      {KEY_PACES.map((pace) => (
        <span key={pace} className="tl-progress-key-item">
          <span className={`tl-progress-key-swatch tl-progress-fill--${pace}`} aria-hidden="true" />
          {HEALTH_LOOK[pace].word}
        </span>
      ))}
      <span className="tl-progress-key-item">
        <span className="tl-progress-key-tick" aria-hidden="true" />
        where the work should be by now
      </span>
    </p>
  );
}
