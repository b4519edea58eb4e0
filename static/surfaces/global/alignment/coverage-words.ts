// Coverage per level in words: "5 of 6", and the levels whose goals all lack something, for the table's summary.
import type { LevelCoverage } from '../../../../src/shared/api/alignment';

export const ofWords = (n: number, of: number): string => (of === 0 ? '—' : `${n} of ${of}`);

/** Whether a level has goals some of which lack work or KPIs: shown with a mark, never by colour alone. */
export const falls = (n: number, of: number): boolean => of > 0 && n < of;

/** One sentence over every level, for screen readers and print: how many goals, with work and with KPIs. */
export const coverageSentence = (rows: readonly LevelCoverage[]): string => {
  const goals = rows.reduce((n, r) => n + r.goals, 0);
  const work = rows.reduce((n, r) => n + r.withWork, 0);
  const kpis = rows.reduce((n, r) => n + r.withKpis, 0);
  return goals === 0 ? 'You can see no active goals yet.' : `Of the ${goals} active goals you can see, ${work} have work you can browse and ${kpis} have KPIs.`;
};
