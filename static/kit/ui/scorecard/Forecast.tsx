// A KPI's forecast at its target date: the value, and whether the target is in reach (icon and word), or why
// there is none yet. One piece for the workspace's KPI table and the scorecard macro.
import type { KpiCard } from '../../../../src/shared/api/scorecards';
import { forecastWords, withUnit } from './words';

export function Forecast({ forecast, unit, reachClassName = '' }: { forecast: KpiCard['evaluation']['forecast']; unit: string; reachClassName?: string }) {
  if (!forecast) return <span className="tl-small tl-subtle">Needs two values</span>;
  const words = forecastWords(forecast);
  return (
    <>
      <span>{withUnit(forecast.value, unit)}</span>
      <span className={`tl-small${reachClassName ? ` ${reachClassName}` : ''}`}>
        <span aria-hidden="true">{words.icon} </span>
        {words.word}
      </span>
    </>
  );
}
