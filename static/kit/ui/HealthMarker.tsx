// A goal's KPI health as a compact marker in its one look (static/kit/ui/looks.ts): icon and words (never colour alone), with the counts and the day
// they were evaluated on in its tooltip and, for screen readers, in hidden text.
import { GOAL_HEALTH_LABEL, goalHealthSentence, type GoalHealth, type GoalHealthState } from '../../../src/shared/model/goal-health';
import { formatDay } from './dates';
import { HEALTH_LOOK, lozengeClass } from './looks';
import './health-marker.css';

/** The marker's words: "KPIs on track", "No own KPIs". The marker judges the goal's own KPIs, not its branch's (the
 *  scorecards do): a strategy goal measured only through its sub-goals says so rather than "No KPIs". */
export const healthWords = (state: GoalHealthState): string =>
  state === 'no-kpis' ? 'No own KPIs' : state === 'no-data' ? 'No KPI data' : `KPIs ${GOAL_HEALTH_LABEL[state].toLowerCase()}`;

/** "2 of 3 KPIs on track, 1 at risk · as of 28 Nov 2026". */
export const healthTooltip = (h: GoalHealth): string => {
  return `${goalHealthSentence(h)} · as of ${formatDay(h.asOf)}`;
};

/** Nothing before the goal's first evaluation: a marker that guesses would be worse than none. */
export function HealthMarker({ health }: { health: GoalHealth | null | undefined }) {
  if (!health) return null;
  const tip = healthTooltip(health);
  return (
    <span className={`${lozengeClass(HEALTH_LOOK[health.state])} tl-health`} title={tip} data-testid="health-marker" data-state={health.state}>
      <span aria-hidden="true">{HEALTH_LOOK[health.state].icon}</span>
      {healthWords(health.state)}
      <span className="tl-visually-hidden">: {tip}</span>
    </span>
  );
}
