// What the Scorecards tab shows of periods: the Periods area for strategy editors and "Compare to" for everyone.
import { CompareTo } from './CompareTo';
import { PeriodsArea, usePeriods } from './PeriodsArea';

export function PeriodTools() {
  const { view, reload } = usePeriods();
  if (!view) return null;
  return (
    <>
      <PeriodsArea view={view} onChanged={reload} />
      <CompareTo periods={view} />
    </>
  );
}
