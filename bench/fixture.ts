// A deterministic enterprise for the benchmarks: at scale 1, 60 goals over all levels, 200 projects, 5,000 epics
// and 100,000 issues, with goal tags on most epics, alignments on most projects and two KPIs with a year of weekly
// values on every goal; `--scale 10` multiplies every count by ten. Same output every run.
import type { JiraIssue, JiraProject, JiraSeed, JiraUser } from '@throughline/local-forge/jira';
import { ISSUE_TYPES, STATUSES } from '../dev/demo';
import { mulberry32 } from '../dev/demo';
import type { DemoStrategy } from '../dev/demo';
import { EPIC_TAG_PROPERTY } from '../src/shared/epic-tag';
import type { Goal } from '../src/shared/model/goal';
import type { ProjectAlignment } from '../src/shared/model/project-alignment';
import type { Level } from '../src/shared/levels';
import type { Kpi, Measurement } from '../src/shared/model/kpi';

export interface EnterpriseSize {
  goals: number;
  projects: number;
  epics: number;
  issues: number;
}
export const FULL: EnterpriseSize = { goals: 60, projects: 200, epics: 5_000, issues: 100_000 };

/** Today's enterprise times `scale` (1: today's; 10: ten times the enterprise). */
export const sizeAt = (scale: number): EnterpriseSize => ({
  goals: FULL.goals * scale,
  projects: FULL.projects * scale,
  epics: FULL.epics * scale,
  issues: FULL.issues * scale,
});

const AT = '2026-01-05T09:00:00.000Z';
// Shaped like an Atlassian account id, so stored names and goals weigh what they would on a real site.
const BENCH_USER = '712020:bench-viewer-0f0c6c1e-7d1a-4b8e';
/** Titles of a realistic length: what the catalog item and every tree row carry. */
const TITLE_TAIL = 'so that the teams behind it deliver what the plan promised';

const goalOf = (id: string, level: Level, parentId: string | null, i: number): Goal => ({
  id,
  title: `${level} goal ${i}: ${TITLE_TAIL}`,
  description: '',
  level,
  parentId,
  leaderId: BENCH_USER,
  managerId: BENCH_USER,
  timeframe: { start: '2026-01-01', end: '2026-12-31' },
  stage: 'execute',
  status: 'active',
  restricted: false,
  version: 1,
  createdAt: AT,
  updatedAt: AT,
  updatedBy: BENCH_USER,
});

/** 3 strategy goals; the rest spread over functional, process and project levels under them. */
const buildGoals = (n: number): Goal[] => {
  const goals: Goal[] = [];
  for (let s = 0; s < 3; s++) goals.push(goalOf(`s${s}`, 'strategy', null, s));
  const levels: Level[] = ['functional', 'process', 'project'];
  for (let i = 3; i < n; i++) {
    const level = levels[(i - 3) % 3]!;
    const candidates = goals.filter((g) => (level === 'functional' ? g.level === 'strategy' : g.level === levels[levels.indexOf(level) - 1]));
    goals.push(goalOf(`g${i}`, level, candidates[i % candidates.length]!.id, i));
  }
  return goals;
};

const KPIS_PER_GOAL = 2;
const WEEKS = 48;

/** Two manual KPIs per goal (an increase and a decrease), each with a weekly value from January on. */
const buildKpis = (goals: readonly Goal[]): { kpis: Kpi[]; measurements: Measurement[] } => {
  const rnd = mulberry32(20261206);
  const kpis: Kpi[] = [];
  const measurements: Measurement[] = [];
  for (const g of goals) {
    for (let k = 0; k < KPIS_PER_GOAL; k++) {
      const up = k % 2 === 0;
      const kpi: Kpi = {
        id: `k-${g.id}-${k}`,
        goalId: g.id,
        name: up ? `Qualified pipeline of ${g.id}` : `Median cycle time of ${g.id}`,
        category: up ? 'sales' : 'operational',
        unit: up ? '$k' : 'days',
        baseline: { value: up ? 100 : 10, date: '2026-01-01' },
        target: up ? { direction: 'increase', value: 200 } : { direction: 'decrease', value: 5 },
        targetDate: '2026-12-31',
        bands: null,
        cadence: 'weekly',
        source: { kind: 'manual' },
        version: 1,
      };
      kpis.push(kpi);
      for (let w = 0; w < WEEKS; w++) {
        const date = new Date(Date.UTC(2026, 0, 5 + 7 * w)).toISOString().slice(0, 10);
        const planned = up ? 100 + (100 * w) / 52 : 10 - (5 * w) / 52;
        const value = Math.round(planned * (0.9 + rnd() * 0.2) * 10) / 10;
        measurements.push({ id: `m-${kpi.id}-${date}`, kpiId: kpi.id, date, value, note: '', by: BENCH_USER, recordedAt: `${date}T09:00:00.000Z` });
      }
    }
  }
  return { kpis, measurements };
};

export interface Enterprise {
  jira: JiraSeed;
  strategy: DemoStrategy;
  viewer: string;
}

export const buildEnterprise = (size: EnterpriseSize = FULL): Enterprise => {
  const rnd = mulberry32(20261128);
  const users: JiraUser[] = [{ accountId: BENCH_USER, displayName: 'Bench Viewer', active: true, groups: ['staff', 'jira-admins'] }];
  const projects: JiraProject[] = Array.from({ length: size.projects }, (_, p) => ({
    id: String(20_000 + p),
    key: `P${p}`,
    name: `Project ${p}`,
    leadAccountId: BENCH_USER,
    projectTypeKey: 'software',
    grants: [
      { permission: 'BROWSE_PROJECTS', group: 'staff' },
      { permission: 'EDIT_ISSUES', group: 'staff' },
      { permission: 'ADMINISTER_PROJECTS', group: 'staff' },
    ],
    properties: {},
  }));
  const goals = buildGoals(size.goals);
  const workGoals = goals.filter((g) => g.level !== 'strategy');
  const issues: JiraIssue[] = [];
  const counters = new Map<string, number>();
  const statuses = [STATUSES.todo, STATUSES.inProgress, STATUSES.done];
  let id = 1_000_000;
  const add = (project: JiraProject, type: string, parentId: string | undefined, props: Record<string, unknown>): JiraIssue => {
    const n = (counters.get(project.key) ?? 0) + 1;
    counters.set(project.key, n);
    const issue: JiraIssue = {
      id: String(id++),
      key: `${project.key}-${n}`,
      projectId: project.id,
      issueTypeId: type,
      statusId: statuses[Math.floor(rnd() * 3)]!.id,
      summary: `Work item ${n} of ${project.key}`,
      ...(parentId ? { parentId } : {}),
      labels: [],
      storyPoints: Math.floor(rnd() * 8) + 1,
      created: AT,
      updated: AT,
      properties: props,
    };
    issues.push(issue);
    return issue;
  };
  const epics: JiraIssue[] = [];
  for (let e = 0; e < size.epics; e++) {
    const project = projects[e % projects.length]!;
    const goal = workGoals[e % workGoals.length]!;
    // One epic in ten is deliberately untagged.
    const props = e % 10 === 9 ? {} : { [EPIC_TAG_PROPERTY]: { goalId: goal.id, level: goal.level === 'functional' ? 'project' : goal.level } };
    epics.push(add(project, ISSUE_TYPES.epic.id, undefined, props));
  }
  const projectById = new Map(projects.map((p) => [p.id, p]));
  for (let i = 0; issues.length < size.epics + size.issues; i++) {
    const epic = epics[i % epics.length]!;
    add(projectById.get(epic.projectId)!, ISSUE_TYPES.story.id, epic.id, {});
  }
  const projectAlignments: ProjectAlignment[] = projects
    .filter((_, p) => p % 8 !== 7)
    .map((p, i) => ({
      projectId: p.id,
      level: 'project',
      goalId: workGoals[i % workGoals.length]!.id,
      leaderId: BENCH_USER,
      managerId: null,
      version: 1,
      updatedAt: AT,
      updatedBy: BENCH_USER,
      names: {},
    }));
  const { kpis, measurements } = buildKpis(goals);
  return {
    jira: { users, issueTypes: Object.values(ISSUE_TYPES), statuses: Object.values(STATUSES), projects, issues },
    strategy: { goals, projectAlignments, kpis, measurements, strategyEditorGroups: [] },
    viewer: BENCH_USER,
  };
};
