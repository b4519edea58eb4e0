// The three workspace views as CSV, built from what the viewer's resolvers answered (nothing else is read): the
// alignment tree row by row, the gaps, and the scorecards one KPI a row. Words as the screens use them.
import { GAP_LABEL, type Gap, type TreeNode } from '../../../src/shared/api/alignment';
import type { SubtreeRow } from '../../../src/shared/api/macros';
import type { GoalScorecard, ScorecardsView } from '../../../src/shared/api/scorecards';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { GOAL_STATUS_LOOK } from '../ui/looks';
import { CATEGORY, KPI_COLUMN, NO_DATA, STALE, STATUS, forecastWords, targetWords, trendWords } from '../ui/scorecard/words';
import { csvText, type Cell } from './csv';

const percent = (p: number | null): Cell => (p === null ? null : Math.round(p * 100));
const levelWord = (l: keyof typeof LEVEL_LABEL | null | undefined): Cell => (l ? LEVEL_LABEL[l] : null);

export const ALIGNMENT_HEADER = [
  'Depth',
  'Type',
  'Id or key',
  'Title',
  'Level',
  'Status',
  'Leader',
  'Manager',
  'Epics',
  'Issues to do',
  'Issues in progress',
  'Issues done',
  'Progress %',
  'Gaps',
];

const nodeCells = (n: TreeNode): Cell[] => {
  const people = [n.leader?.displayName, n.manager?.displayName];
  const work = [n.totals.epics, n.totals.counts.todo, n.totals.counts.inProgress, n.totals.counts.done, percent(n.progress)];
  const gaps = n.gaps.map((g) => GAP_LABEL[g]).join('; ');
  if (n.kind === 'goal') return ['Goal', n.goalId, n.title, levelWord(n.level), GOAL_STATUS_LOOK[n.status].word, ...people, ...work, gaps];
  if (n.kind === 'project') return ['Project', n.key, n.name, levelWord(n.level), n.alignedHere ? 'Aligned' : 'Epics tagged', ...people, ...work, gaps];
  return ['Epic', n.key, n.title, levelWord(n.level), n.status?.name ?? null, ...people, ...work, gaps];
};

/** The tree in display order, each row with its depth below its strategy goal (0). */
export const alignmentCsv = (rows: readonly SubtreeRow[]): string =>
  csvText(
    ALIGNMENT_HEADER,
    rows.map((r) => [r.depth, ...nodeCells(r.node)]),
  );

export const GAPS_HEADER = ['Gap', 'Level', 'Type', 'Id or key', 'Title', 'Project', 'Why it matters', 'Who can fix it', 'How'];

export const gapsCsv = (gaps: readonly Gap[]): string =>
  csvText(
    GAPS_HEADER,
    gaps.map((g) => {
      const s = g.subject;
      const subject: Cell[] =
        s.kind === 'goal' ? ['Goal', s.id, s.title, null] : s.kind === 'project' ? ['Project', s.key, s.name, s.key] : ['Epic', s.key, s.title, s.projectKey];
      return [GAP_LABEL[g.kind], g.level ? LEVEL_LABEL[g.level] : 'No level', ...subject, g.why, g.who, g.fix];
    }),
  );

export const SCORECARDS_HEADER = [
  'Strategy goal',
  'Goal',
  'Goal id',
  'Level',
  'Diagnosis (own KPIs)',
  'KPI',
  'Category',
  'Unit',
  'Value',
  'Measured on',
  'Target',
  'Target date',
  KPI_COLUMN.status.label,
  'Trend',
  KPI_COLUMN.forecast.label,
];

const strategyOf = (goals: readonly GoalScorecard[]) => {
  const byId = new Map(goals.map((g) => [g.goal.id, g.goal]));
  return (g: GoalScorecard): string => {
    let cur = g.goal;
    for (let i = 0; i < 20 && cur.parentId && byId.has(cur.parentId); i++) cur = byId.get(cur.parentId)!;
    return cur.title;
  };
};

/** One row per KPI of each goal shown; a goal without KPIs gets one row of its own only when `withoutKpis`. */
export const scorecardsCsv = (view: ScorecardsView, withoutKpis: boolean): string => {
  const strategy = strategyOf(view.goals);
  const rows: Cell[][] = [];
  for (const g of view.goals) {
    const goal: Cell[] = [strategy(g), g.goal.title, g.goal.id, LEVEL_LABEL[g.goal.level], g.diagnosis.headline];
    if (g.kpis.length === 0 && withoutKpis) rows.push(goal);
    for (const { kpi, evaluation: e } of g.kpis) {
      const status = (e.status ? STATUS[e.status].word : NO_DATA.word) + (e.stale ? `, ${STALE.word.toLowerCase()}` : '');
      const forecast = e.forecast ? forecastWords(e.forecast).word : null;
      rows.push([
        ...goal,
        kpi.name,
        CATEGORY[kpi.category],
        kpi.unit,
        e.current?.value,
        e.current?.date,
        targetWords(kpi.target, kpi.unit),
        kpi.targetDate,
        status,
        trendWords(e),
        forecast,
      ]);
    }
  }
  return csvText(SCORECARDS_HEADER, rows);
};
