// The demo organisation keeps the promises of DESIGN.md ("Demo organisation") and passes the data contracts.
import type { JiraIssue, JiraSeed, ProjectPermissionKey } from '@throughline/local-forge/jira';
import {
  DRAFT_GOAL,
  GO_TO_MARKET_PROJECTS,
  GOAL_WITHOUT_WORK,
  KPI_INTENTS,
  LEAD_PROJECT,
  OUTSIDER_PROJECT,
  OVERDUE_CHECK_IN_GOALS,
  PROCESS_GOAL_KPIS_ONLY,
  RESTRICTED_PROJECT,
  buildDemoOrganisation,
  type DemoOrganisation,
  type KpiIntent,
} from '../../dev/demo';
import type * as DemoModule from '../../dev/demo';
import { EPIC_TAG_PROPERTY, EpicTag } from '../../src/shared/epic-tag';
import { LEVELS, type Level } from '../../src/shared/levels';
import { AccountId } from '../../src/shared/model/common';
import { Goal, CYCLE_STAGES } from '../../src/shared/model/goal';
import { DEFAULT_BANDS, Kpi, Measurement, type Kpi as KpiT } from '../../src/shared/model/kpi';
import { ProjectAlignment } from '../../src/shared/model/project-alignment';
import { CheckIn } from '../../src/shared/model/check-in';
import { checkInDue } from '../../src/domain/kpi/check-in-due';
import { AGREEMENT_UNANSWERED_DAYS, Commitment, SUPPORT_STATES, SupportAgreement } from '../../src/shared/model/agreement';
import { phaseOf, ruleOf, turnOf } from '../../src/domain/agreements/machine';
import { targetFingerprint } from '../../src/domain/agreements/commitment';
import { waitingDays } from '../../src/domain/agreements/words';
import { AT_RISK_AGREEMENT, DASHBOARDS_RELIES_ON, OLD_UNANSWERED_AGREEMENT, RESTRICTED_AGREEMENT } from '../../dev/demo';

const TODAY = '2026-11-28';
const org: DemoOrganisation = buildDemoOrganisation();
const { jira, strategy } = org;
const DAY = 86_400_000;
const dayMs = (d: string): number => Date.parse(`${d}T00:00:00Z`);
const persona = (id: string): string => {
  const p = org.personas.find((x) => x.id === id);
  if (!p) throw new Error(`no persona ${id}`);
  return p.accountId;
};

// ---- tiny permission evaluator, straight from the grants ----
function can(seed: JiraSeed, accountId: string, projectKey: string, permission: ProjectPermissionKey): boolean {
  const user = seed.users.find((u) => u.accountId === accountId);
  const project = seed.projects.find((p) => p.key === projectKey);
  if (!user || !user.active || !project) return false;
  return project.grants.some(
    (g) =>
      g.permission === permission &&
      ((g.accountId !== undefined && g.accountId === accountId) || (g.group !== undefined && user.groups.includes(g.group)) || g.anyone === true),
  );
}
const projectsWhere = (accountId: string, permission: ProjectPermissionKey): string[] =>
  jira.projects.filter((p) => can(jira, accountId, p.key, permission)).map((p) => p.key);

// ---- lookups ----
const typeOf = (i: JiraIssue) => jira.issueTypes.find((t) => t.id === i.issueTypeId)!;
const categoryOf = (i: JiraIssue) => jira.statuses.find((s) => s.id === i.statusId)!.category;
const issueById = new Map(jira.issues.map((i) => [i.id, i]));
const epics = jira.issues.filter((i) => typeOf(i).hierarchyLevel === 1);
const tagOf = (i: JiraIssue): unknown => i.properties[EPIC_TAG_PROPERTY];
const goalById = new Map(strategy.goals.map((g) => [g.id, g]));
const rank = (l: Level): number => LEVELS.indexOf(l);

describe('determinism', () => {
  it('builds the same organisation every time', () => {
    expect(buildDemoOrganisation()).toEqual(org);
    expect(JSON.stringify(buildDemoOrganisation({ today: TODAY }))).toBe(JSON.stringify(org));
    expect(org.today).toBe(TODAY);
  });

  it('depends neither on module state nor on the wall clock', () => {
    jest.useFakeTimers({ now: new Date('2031-06-15T12:00:00Z') });
    try {
      let fresh: typeof DemoModule | undefined;
      jest.isolateModules(() => {
        fresh = jest.requireActual<typeof DemoModule>('../../dev/demo');
      });
      expect(fresh!.buildDemoOrganisation).not.toBe(buildDemoOrganisation);
      expect(fresh!.buildDemoOrganisation()).toEqual(org);
    } finally {
      jest.useRealTimers();
    }
  });

  it.each(['2024-02-29', '2026-01-01', '2026-12-31', '2027-03-31'])('builds a valid organisation for today = %s', (today) => {
    const o = buildDemoOrganisation({ today });
    for (const g of o.strategy.goals) expect(Goal.safeParse(g).success).toBe(true);
    for (const k of o.strategy.kpis) expect(Kpi.safeParse(k).success).toBe(true);
    for (const m of o.strategy.measurements) expect([m.id, Measurement.safeParse(m).success, m.date <= today]).toEqual([m.id, true, true]);
    for (const a of o.strategy.projectAlignments) expect(ProjectAlignment.safeParse(a).success).toBe(true);
    for (const c of o.strategy.checkIns ?? []) expect([c.id, CheckIn.safeParse(c).success, c.date <= today]).toEqual([c.id, true, true]);
    const end = dayMs(today) + DAY;
    for (const i of o.jira.issues) expect(Date.parse(i.created) <= Date.parse(i.updated) && Date.parse(i.updated) < end).toBe(true);
    for (const g of o.strategy.goals) {
      const { start, end: finish } = g.timeframe;
      if (start && finish) expect(start <= finish).toBe(true);
    }
  });

  it('moves every date with `today`', () => {
    const later = buildDemoOrganisation({ today: '2027-03-15' });
    expect(later.jira.issues.map((i) => i.key)).toEqual(jira.issues.map((i) => i.key));
    const end = dayMs('2027-03-16');
    expect(later.jira.issues.every((i) => Date.parse(i.updated) < end)).toBe(true);
    expect(Math.max(...later.jira.issues.map((i) => Date.parse(i.created)))).toBeGreaterThan(dayMs(TODAY) + DAY);
    expect(later.strategy.goals.find((g) => g.level === 'strategy')!.timeframe).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(
      later.strategy.measurements
        .map((m) => m.date)
        .sort()
        .at(-1),
    ).toBe('2027-03-15');
  });

  it('refuses a day that does not exist', () => {
    expect(() => buildDemoOrganisation({ today: '2026-02-30' })).toThrow();
    expect(() => buildDemoOrganisation({ today: '28/11/2026' })).toThrow();
  });
});

describe('people and personas', () => {
  it('has the four personas and about fifteen more employees, with well-formed unique account ids', () => {
    expect(org.personas.map((p) => p.id).sort()).toEqual(['exec', 'lead', 'member', 'outsider']);
    const ids = jira.users.map((u) => u.accountId);
    expect(new Set(ids).size).toBe(ids.length);
    ids.forEach((id) => expect(AccountId.safeParse(id).success).toBe(true));
    for (const p of org.personas) expect(jira.users.find((u) => u.accountId === p.accountId)?.displayName).toBe(p.displayName);
    expect(jira.users.length - org.personas.length).toBeGreaterThanOrEqual(12);
    expect(jira.users.length - org.personas.length).toBeLessThanOrEqual(20);
  });

  it('exec is a Jira admin and a strategy editor', () => {
    const exec = jira.users.find((u) => u.accountId === persona('exec'))!;
    expect(exec.groups).toContain('jira-admins');
    expect(strategy.strategyEditorGroups).toEqual(['throughline-strategy-editors']);
    expect(exec.groups).toEqual(expect.arrayContaining(strategy.strategyEditorGroups));
    for (const id of ['lead', 'member', 'outsider']) {
      const u = jira.users.find((x) => x.accountId === persona(id))!;
      expect(u.groups).not.toContain('jira-admins');
      expect(u.groups.some((g) => strategy.strategyEditorGroups.includes(g))).toBe(false);
    }
  });

  it('lead administers exactly one project, and can browse and edit it', () => {
    const lead = persona('lead');
    expect(projectsWhere(lead, 'ADMINISTER_PROJECTS')).toEqual([LEAD_PROJECT]);
    expect(can(jira, lead, LEAD_PROJECT, 'BROWSE_PROJECTS')).toBe(true);
    expect(can(jira, lead, LEAD_PROJECT, 'EDIT_ISSUES')).toBe(true);
  });

  it('member browses every project but the restricted one, edits all but the go-to-market ones, and administers none', () => {
    const member = persona('member');
    const others = jira.projects.map((p) => p.key).filter((k) => k !== RESTRICTED_PROJECT);
    expect(can(jira, member, RESTRICTED_PROJECT, 'BROWSE_PROJECTS')).toBe(false);
    expect(projectsWhere(member, 'BROWSE_PROJECTS')).toEqual(others);
    expect(projectsWhere(member, 'EDIT_ISSUES')).toEqual(others.filter((k) => !GO_TO_MARKET_PROJECTS.includes(k)));
    expect(GO_TO_MARKET_PROJECTS.length).toBeGreaterThan(0);
    for (const key of GO_TO_MARKET_PROJECTS) expect(can(jira, persona('lead'), key, 'EDIT_ISSUES')).toBe(false);
    expect(projectsWhere(member, 'ADMINISTER_PROJECTS')).toEqual([]);
  });

  it('the restricted project is visible only to a small group that includes exec', () => {
    const viewers = jira.users.filter((u) => can(jira, u.accountId, RESTRICTED_PROJECT, 'BROWSE_PROJECTS'));
    expect(viewers.length).toBeGreaterThan(0);
    expect(viewers.length).toBeLessThanOrEqual(5);
    expect(viewers.map((u) => u.accountId)).toContain(persona('exec'));
  });

  it('outsider browses at most one project and can change nothing', () => {
    const outsider = persona('outsider');
    expect(projectsWhere(outsider, 'BROWSE_PROJECTS')).toEqual([OUTSIDER_PROJECT]);
    for (const perm of ['EDIT_ISSUES', 'CREATE_ISSUES', 'ADMINISTER_PROJECTS'] as const) expect(projectsWhere(outsider, perm)).toEqual([]);
  });
});

describe('Jira projects and issues', () => {
  it('has six or more projects with unique ids and keys, led by real users', () => {
    expect(jira.projects.length).toBeGreaterThanOrEqual(6);
    expect(new Set(jira.projects.map((p) => p.key)).size).toBe(jira.projects.length);
    expect(new Set(jira.projects.map((p) => p.id)).size).toBe(jira.projects.length);
    for (const p of jira.projects) expect(jira.users.some((u) => u.accountId === p.leadAccountId)).toBe(true);
  });

  it('has the standard issue types and statuses', () => {
    expect(jira.issueTypes.map((t) => [t.name, t.hierarchyLevel, t.subtask])).toEqual(
      expect.arrayContaining([
        ['Epic', 1, false],
        ['Story', 0, false],
        ['Task', 0, false],
        ['Bug', 0, false],
        ['Sub-task', -1, true],
      ]),
    );
    expect(jira.statuses.map((s) => [s.name, s.category])).toEqual(
      expect.arrayContaining([
        ['To Do', 'new'],
        ['In Progress', 'indeterminate'],
        ['In Review', 'indeterminate'],
        ['Done', 'done'],
      ]),
    );
  });

  it('has 35-45 epics and 200-500 issues spread across all three status categories', () => {
    expect(epics.length).toBeGreaterThanOrEqual(35);
    expect(epics.length).toBeLessThanOrEqual(45);
    expect(jira.issues.length).toBeGreaterThanOrEqual(200);
    expect(jira.issues.length).toBeLessThanOrEqual(500);
    const perCategory = new Map<string, number>();
    jira.issues.forEach((i) => perCategory.set(categoryOf(i), (perCategory.get(categoryOf(i)) ?? 0) + 1));
    for (const c of ['new', 'indeterminate', 'done']) expect(perCategory.get(c) ?? 0).toBeGreaterThanOrEqual(jira.issues.length * 0.05);
  });

  it('gives every issue a unique id and a key of its project, numbered in order', () => {
    expect(new Set(jira.issues.map((i) => i.id)).size).toBe(jira.issues.length);
    for (const p of jira.projects) {
      const keys = jira.issues.filter((i) => i.projectId === p.id).map((i) => i.key);
      expect(keys).toEqual(keys.map((_, n) => `${p.key}-${n + 1}`));
    }
    expect(jira.issues.every((i) => jira.projects.some((p) => p.id === i.projectId))).toBe(true);
  });

  it('links every parent that exists, in the same project, one hierarchy level up', () => {
    for (const issue of jira.issues) {
      const level = typeOf(issue).hierarchyLevel;
      if (level === 1) expect([issue.key, issue.parentId]).toEqual([issue.key, undefined]);
      if (level === -1) expect([issue.key, issue.parentId]).not.toEqual([issue.key, undefined]);
      if (issue.parentId === undefined) continue;
      const parent = issueById.get(issue.parentId);
      expect(parent).toBeDefined();
      expect(parent!.projectId).toBe(issue.projectId);
      expect(typeOf(parent!).hierarchyLevel).toBe(level + 1);
      expect(Date.parse(parent!.created)).toBeLessThanOrEqual(Date.parse(issue.created));
    }
    expect(jira.issues.filter((i) => typeOf(i).subtask).length).toBeGreaterThan(10);
    const orphans = jira.issues.filter((i) => typeOf(i).hierarchyLevel === 0 && i.parentId === undefined);
    expect(orphans.some((i) => typeOf(i).name === 'Story')).toBe(true);
  });

  it('puts story points on most stories and labels on some issues', () => {
    const stories = jira.issues.filter((i) => typeOf(i).name === 'Story');
    expect(stories.filter((s) => s.storyPoints !== undefined).length).toBeGreaterThanOrEqual(stories.length * 0.7);
    const labelled = jira.issues.filter((i) => i.labels.length > 0).length;
    expect(labelled).toBeGreaterThan(jira.issues.length * 0.1);
    expect(labelled).toBeLessThan(jira.issues.length * 0.8);
  });

  it('has older epics further along than recent ones', () => {
    const doneShare = (minAge: number, maxAge: number): number => {
      const kids = jira.issues.filter((i) => {
        const parent = i.parentId ? issueById.get(i.parentId) : undefined;
        if (!parent || typeOf(parent).hierarchyLevel !== 1) return false;
        const age = (dayMs(TODAY) - Date.parse(parent.created)) / DAY;
        return age >= minAge && age < maxAge;
      });
      expect(kids.length).toBeGreaterThan(10);
      return kids.filter((k) => categoryOf(k) === 'done').length / kids.length;
    };
    expect(doneShare(180, 1000)).toBeGreaterThan(doneShare(0, 90) + 0.3);
  });

  it('keeps dates in order and no later than today', () => {
    const endOfToday = dayMs(TODAY) + DAY;
    for (const i of jira.issues) {
      expect(Date.parse(i.created)).toBeLessThanOrEqual(Date.parse(i.updated));
      expect(Date.parse(i.updated)).toBeLessThan(endOfToday);
    }
  });

  it('only assigns work to people who can browse its project', () => {
    for (const i of jira.issues) {
      const key = jira.projects.find((p) => p.id === i.projectId)!.key;
      for (const who of [i.assigneeAccountId, i.reporterAccountId]) if (who) expect([i.key, can(jira, who, key, 'BROWSE_PROJECTS')]).toEqual([i.key, true]);
    }
  });
});

describe('strategy goals', () => {
  it('every goal passes its schema, with unique ids', () => {
    for (const g of strategy.goals) expect(Goal.parse(g)).toEqual(g);
    expect(goalById.size).toBe(strategy.goals.length);
    expect(strategy.goals.length).toBeGreaterThanOrEqual(15);
    expect(strategy.goals.length).toBeLessThanOrEqual(25);
  });

  it('has three active strategy goals for the year, each with a leader and a manager', () => {
    const top = strategy.goals.filter((g) => g.level === 'strategy');
    expect(top).toHaveLength(3);
    for (const g of top) {
      expect([g.status, g.parentId, g.timeframe]).toEqual(['active', null, { start: '2026-01-01', end: '2026-12-31' }]);
      expect(g.leaderId).not.toBeNull();
      expect(g.managerId).not.toBeNull();
    }
  });

  it('has functional-team, process and project goals under them, parents at the same level or higher, no cycles', () => {
    for (const level of ['functional', 'process', 'project'] as const) expect(strategy.goals.filter((g) => g.level === level).length).toBeGreaterThanOrEqual(3);
    for (const g of strategy.goals) {
      if (g.level === 'strategy') continue;
      const parent = goalById.get(g.parentId ?? '');
      expect([g.id, parent !== undefined]).toEqual([g.id, true]);
      expect(rank(parent!.level)).toBeLessThanOrEqual(rank(g.level));
      const seen = new Set<string>([g.id]);
      for (let cur = parent; cur; cur = cur.parentId ? goalById.get(cur.parentId) : undefined) {
        expect(seen.has(cur.id)).toBe(false);
        seen.add(cur.id);
      }
    }
  });

  it('has exactly one draft goal, a goal missing its manager, all six cycle stages, and real people in every role', () => {
    expect(strategy.goals.filter((g) => g.status === 'draft').map((g) => g.id)).toEqual([DRAFT_GOAL]);
    expect(strategy.goals.some((g) => g.managerId === null)).toBe(true);
    expect(new Set(strategy.goals.map((g) => g.stage))).toEqual(new Set(CYCLE_STAGES));
    const users = new Set(jira.users.map((u) => u.accountId));
    for (const g of strategy.goals) {
      for (const who of [g.leaderId, g.managerId]) if (who) expect(users.has(who)).toBe(true);
      expect([g.version, g.updatedBy]).toEqual([1, persona('exec')]);
      expect(Date.parse(g.createdAt)).toBeLessThanOrEqual(Date.parse(g.updatedAt));
      expect(Date.parse(g.updatedAt)).toBeLessThan(dayMs(TODAY) + DAY);
    }
  });
});

describe('alignment', () => {
  it('every epic tag passes EpicTag, points at an existing goal, at the goal level or below', () => {
    const tagged = epics.filter((e) => tagOf(e) !== undefined);
    expect(tagged.length).toBeGreaterThan(epics.length / 2);
    for (const e of tagged) {
      const tag = EpicTag.parse(tagOf(e));
      expect(tag).toEqual(tagOf(e));
      const goal = goalById.get(tag.goalId);
      expect([e.key, goal !== undefined]).toEqual([e.key, true]);
      expect(rank(tag.level)).toBeGreaterThanOrEqual(rank(goal!.level));
      expect(tag.level).not.toBe('strategy');
    }
    expect(jira.issues.filter((i) => typeOf(i).hierarchyLevel !== 1 && tagOf(i) !== undefined)).toEqual([]);
  });

  it('leaves 6-8 epics deliberately untagged', () => {
    const untagged = epics.filter((e) => tagOf(e) === undefined).length;
    expect(untagged).toBeGreaterThanOrEqual(6);
    expect(untagged).toBeLessThanOrEqual(8);
  });

  it('aligns most projects to an existing goal at a compatible level, and leaves at least one untagged', () => {
    for (const a of strategy.projectAlignments) {
      expect(ProjectAlignment.parse(a)).toEqual(a);
      const goal = goalById.get(a.goalId);
      expect(goal).toBeDefined();
      expect(rank(a.level)).toBeGreaterThanOrEqual(rank(goal!.level));
      expect(jira.projects.some((p) => p.id === a.projectId)).toBe(true);
    }
    const aligned = new Set(strategy.projectAlignments.map((a) => a.projectId));
    expect(aligned.size).toBe(strategy.projectAlignments.length);
    expect(aligned.size).toBeGreaterThan(jira.projects.length / 2);
    expect(jira.projects.filter((p) => !aligned.has(p.id)).length).toBeGreaterThanOrEqual(1);
  });

  // A goal "has work" when an epic tag or a project alignment points at it or at any goal below it.
  it('has exactly two goals with no work under it: the plan nobody started, and a process measured by its KPIs only (Self goals aside)', () => {
    const direct = new Set<string>([
      ...epics.map((e) => (tagOf(e) as EpicTag | undefined)?.goalId).filter((id): id is string => id !== undefined),
      ...strategy.projectAlignments.map((a) => a.goalId),
    ]);
    const hasWork = (goalId: string): boolean => direct.has(goalId) || strategy.goals.some((g) => g.parentId === goalId && hasWork(g.id));
    const idle = strategy.goals.filter((g) => g.level !== 'self' && !hasWork(g.id));
    expect(idle.map((g) => g.id).sort()).toEqual([GOAL_WITHOUT_WORK, PROCESS_GOAL_KPIS_ONLY].sort());
    expect(idle.every((g) => g.status === 'active')).toBe(true);
    // The plan nobody started has no KPI either; the process is measured, by its KPIs alone.
    const measured = new Set(strategy.kpis.map((k) => k.goalId));
    expect([measured.has(GOAL_WITHOUT_WORK), measured.has(PROCESS_GOAL_KPIS_ONLY)]).toEqual([false, true]);
    expect(strategy.goals.find((g) => g.id === PROCESS_GOAL_KPIS_ONLY)!.level).toBe('process');
  });
});

describe('KPIs and measurements', () => {
  const measurementsOf = (kpiId: string) => strategy.measurements.filter((m) => m.kpiId === kpiId).sort((a, b) => a.date.localeCompare(b.date));
  const periodDays = (k: KpiT): number => ({ weekly: 7, monthly: 31, quarterly: 92 })[k.cadence];

  const graceDays = (k: KpiT): number => ({ weekly: 3, monthly: 7, quarterly: 14 })[k.cadence];

  /** Status on TODAY: stale when the last measurement is older than one cadence period and its grace; else progress against plan. */
  function evaluate(k: KpiT): KpiIntent {
    const last = measurementsOf(k.id).at(-1)!;
    if ((dayMs(TODAY) - dayMs(last.date)) / DAY > periodDays(k) + graceDays(k)) return 'stale';
    if (k.target.direction === 'range') return last.value >= k.target.min && last.value <= k.target.max ? 'on-track' : 'off-track';
    const progress = (last.value - k.baseline.value) / (k.target.value - k.baseline.value);
    const expected = (dayMs(last.date) - dayMs(k.baseline.date)) / (dayMs(k.targetDate) - dayMs(k.baseline.date));
    const bands = k.bands ?? DEFAULT_BANDS;
    const ratio = progress / expected;
    return ratio >= bands.onTrack ? 'on-track' : ratio >= bands.atRisk ? 'at-risk' : 'off-track';
  }

  it('has 8-13 KPIs passing their schema, on existing goals, in all three standard categories plus custom', () => {
    expect(strategy.kpis.length).toBeGreaterThanOrEqual(8);
    expect(strategy.kpis.length).toBeLessThanOrEqual(13);
    expect(new Set(strategy.kpis.map((k) => k.id)).size).toBe(strategy.kpis.length);
    for (const k of strategy.kpis) {
      expect(Kpi.parse(k)).toEqual(k);
      expect(goalById.has(k.goalId)).toBe(true);
    }
    expect(new Set(strategy.kpis.map((k) => k.category))).toEqual(new Set(['operational', 'sales', 'customer', 'custom']));
    expect(new Set(strategy.kpis.map((k) => k.target.direction))).toEqual(new Set(['increase', 'decrease', 'range']));
  });

  it('sets baselines a year ago and targets in the coming months', () => {
    for (const k of strategy.kpis) {
      const baselineAge = (dayMs(TODAY) - dayMs(k.baseline.date)) / DAY;
      // About a year ago (a series whose last value is a week old starts a week earlier).
      expect([k.id, baselineAge >= 360 && baselineAge <= 375]).toEqual([k.id, true]);
      const ahead = (dayMs(k.targetDate) - dayMs(TODAY)) / DAY;
      expect([k.id, ahead > 0 && ahead <= 366]).toEqual([k.id, true]);
    }
  });

  it('is manual except one JQL-count KPI, whose latest value is what its JQL counts today', () => {
    const computed = strategy.kpis.filter((k) => k.source.kind !== 'manual');
    expect(computed).toHaveLength(1);
    const k = computed[0]!;
    expect(k.source).toEqual({ kind: 'jql-count', jql: 'project = INS AND issuetype = Bug AND statusCategory != Done' });
    const ins = jira.projects.find((p) => p.key === 'INS')!;
    const open = jira.issues.filter((i) => i.projectId === ins.id && typeOf(i).name === 'Bug' && categoryOf(i) !== 'done').length;
    expect(open).toBeGreaterThan(0);
    expect(measurementsOf(k.id).at(-1)!.value).toBe(open);
  });

  it('records about a year of measurements per KPI at its cadence, with deterministic unique ids', () => {
    const ids = strategy.measurements.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of strategy.measurements) {
      expect(Measurement.parse(m)).toEqual(m);
      expect(m.id).toBe(`m-${m.kpiId}-${m.date}`);
      expect(strategy.kpis.some((k) => k.id === m.kpiId)).toBe(true);
      expect(m.date <= TODAY).toBe(true);
    }
    for (const k of strategy.kpis) {
      const ms = measurementsOf(k.id);
      const expectedCount = k.cadence === 'weekly' ? 53 : 13;
      const missed = KPI_INTENTS[k.id] === 'stale' ? 2 : 0;
      expect([k.id, ms.length]).toEqual([k.id, expectedCount - missed]);
      expect(ms[0]!.date).toBe(k.baseline.date);
      expect(ms[0]!.value).toBe(k.baseline.value);
      for (let i = 1; i < ms.length; i++) {
        const gap = (dayMs(ms[i]!.date) - dayMs(ms[i - 1]!.date)) / DAY;
        if (k.cadence === 'weekly') expect(gap).toBe(7);
        else expect(gap >= 28 && gap <= 31).toBe(true);
      }
    }
  });

  it('shows every scorecard state: on track, at risk, off track and stale', () => {
    const evaluated = Object.fromEntries(strategy.kpis.map((k) => [k.id, evaluate(k)]));
    expect(evaluated).toEqual(KPI_INTENTS);
    const counts = Object.values(evaluated).reduce<Record<string, number>>((acc, s) => ({ ...acc, [s]: (acc[s] ?? 0) + 1 }), {});
    expect(counts['at-risk']).toBe(1);
    expect(counts['off-track']).toBe(1);
    expect(counts['stale']).toBe(1);
    expect(counts['on-track']).toBeGreaterThanOrEqual(5);
  });

  it('a stale KPI has missed its last two cadence periods', () => {
    const stale = strategy.kpis.filter((k) => KPI_INTENTS[k.id] === 'stale');
    expect(stale).toHaveLength(1);
    const k = stale[0]!;
    const age = (dayMs(TODAY) - dayMs(measurementsOf(k.id).at(-1)!.date)) / DAY;
    expect(age).toBeGreaterThanOrEqual(2 * (k.cadence === 'weekly' ? 7 : 28));
  });
});

describe('check-ins', () => {
  const checkIns = strategy.checkIns ?? [];
  /** Each goal's newest check-in, as the scorecards keep it. */
  const latestOf = (list: typeof checkIns, goalId: string) =>
    list.filter((c) => c.goalId === goalId).sort((a, b) => b.recordedAt.localeCompare(a.recordedAt))[0];
  const dueStates = (o: DemoOrganisation) =>
    Object.fromEntries(o.strategy.goals.map((g) => [g.id, checkInDue(g, latestOf(o.strategy.checkIns ?? [], g.id)?.date ?? null, o.today).state]));

  it('are valid, unique, by the goal’s leader or manager, dated within the last three months and ordered by day', () => {
    expect(checkIns.length).toBeGreaterThanOrEqual(20);
    expect(new Set(checkIns.map((c) => c.id)).size).toBe(checkIns.length);
    for (const c of checkIns) {
      expect(CheckIn.parse(c)).toEqual(c);
      const goal = goalById.get(c.goalId)!;
      expect([c.id, goal.status]).toEqual([c.id, 'active']);
      expect([c.id, [goal.leaderId, goal.managerId].includes(c.by)]).toEqual([c.id, true]);
      const age = (dayMs(TODAY) - dayMs(c.date)) / DAY;
      expect([c.id, age >= 0 && age <= 90]).toEqual([c.id, true]);
      expect(c.recordedAt.slice(0, 10)).toBe(c.date);
    }
  });

  it('leave exactly the goals meant to be overdue overdue, never the draft, and every other active goal on time', () => {
    const states = dueStates(org);
    expect(
      Object.keys(states)
        .filter((id) => states[id] === 'overdue')
        .sort(),
    ).toEqual([...OVERDUE_CHECK_IN_GOALS].sort());
    expect(states[DRAFT_GOAL]).toBe('not-expected');
    const active = strategy.goals.filter((g) => g.status === 'active');
    expect(active.filter((g) => states[g.id] === 'on-time').length).toBe(active.length - OVERDUE_CHECK_IN_GOALS.length);
    // Most goals checked in within the last month; the rest are late but within the grace period.
    const recent = active.filter((g) => {
      const last = latestOf(checkIns, g.id);
      return last && (dayMs(TODAY) - dayMs(last.date)) / DAY <= 30;
    });
    expect(recent.length).toBeGreaterThanOrEqual(active.length * 0.8);
  });

  it('tell the same story on any day', () => {
    for (const today of ['2026-01-15', '2027-03-15']) {
      const o = buildDemoOrganisation({ today });
      const states = dueStates(o);
      expect(
        Object.keys(states)
          .filter((id) => states[id] === 'overdue')
          .sort(),
      ).toEqual([...OVERDUE_CHECK_IN_GOALS].sort());
      expect(Math.max(...(o.strategy.checkIns ?? []).map((c) => dayMs(c.date)))).toBeLessThanOrEqual(dayMs(today));
    }
  });

  it('match the scorecard story: ARR at risk, the marketing pipeline off track', () => {
    expect(latestOf(checkIns, 'g-grow-arr')).toMatchObject({ status: 'at-risk' });
    expect(latestOf(checkIns, 'g-marketing-pipeline')).toMatchObject({ status: 'off-track' });
    expect(checkIns.some((c) => c.goalId === DRAFT_GOAL)).toBe(false);
  });
});

describe('agreements', () => {
  const agreements = strategy.agreements ?? [];
  const commitments = strategy.commitments ?? [];
  const goalOf = (id: string) => strategy.goals.find((g) => g.id === id)!;
  const holds = (goalId: string, by: string) => [goalOf(goalId).leaderId, goalOf(goalId).managerId].includes(by);
  const byId = (id: string) => agreements.find((a) => a.id === id)!;

  it('are valid and unique, in every state, between existing goals, each round by someone the state machine lets take it', () => {
    expect(new Set(agreements.map((a) => a.id)).size).toBe(agreements.length);
    expect(new Set(agreements.map((a) => a.state))).toEqual(new Set(SUPPORT_STATES));
    for (const a of agreements) {
      expect(SupportAgreement.parse(a)).toEqual(a);
      expect(a.fromGoalId).not.toBe(a.toGoalId);
      // Replay the thread through the table: every round is allowed where it stands and made by its side.
      let at = { state: 'proposed' as SupportAgreement['state'], rounds: a.rounds.slice(0, 1) };
      expect(holds(a.fromGoalId, a.rounds[0]!.by)).toBe(true);
      for (const r of a.rounds.slice(1)) {
        const rule = ruleOf(phaseOf(at), r.action as Exclude<typeof r.action, 'committed' | 'concern'>);
        expect([a.id, r.action, rule.ok]).toEqual([a.id, r.action, true]);
        if (rule.ok) {
          if (rule.by !== 'either') expect([a.id, r.action, holds(rule.by === 'asker' ? a.fromGoalId : a.toGoalId, r.by)]).toEqual([a.id, r.action, true]);
          at = { state: rule.next, rounds: [...at.rounds, r] };
        }
      }
      expect([a.id, at.state]).toEqual([a.id, a.state]);
      expect(a.version).toBe(a.rounds.length);
    }
  });

  it('include the old unanswered request, agreed support at risk from an off-track KPI, one that Dashboards 3.0 relies on and one with the restricted goal', () => {
    const old = byId(OLD_UNANSWERED_AGREEMENT);
    expect(old.state).toBe('proposed');
    expect(waitingDays({ state: old.state, lastRoundAt: old.rounds.at(-1)!.at }, TODAY)).toBeGreaterThan(AGREEMENT_UNANSWERED_DAYS);
    const risky = byId(AT_RISK_AGREEMENT);
    expect(risky.state).toBe('accepted');
    expect(strategy.kpis.filter((k) => k.goalId === risky.toGoalId).map((k) => KPI_INTENTS[k.id])).toContain('off-track');
    expect(byId(DASHBOARDS_RELIES_ON)).toMatchObject({ fromGoalId: 'g-dashboards-v3', state: 'accepted' });
    expect(goalOf(byId(RESTRICTED_AGREEMENT).fromGoalId).restricted).toBe(true);
    expect(turnOf(byId('ag-sso-on-call'))).toBe('asker');
  });

  it('leave the acceptance path open: Product may still ask Engineering, and Dashboards 3.0 is not committed', () => {
    const live = agreements.filter((a) => ['proposed', 'countered', 'accepted'].includes(a.state));
    expect(
      live.some(
        (a) => a.fromGoalId === 'g-engineering-excellence' || (a.fromGoalId === 'g-product-differentiation' && a.toGoalId === 'g-engineering-excellence'),
      ),
    ).toBe(false);
    expect(commitments.some((c) => c.goalId === 'g-dashboards-v3')).toBe(false);
    expect(goalOf('g-product-differentiation').managerId).toBe(persona('lead'));
    expect(goalOf('g-dashboards-v3').managerId).toBe(persona('lead'));
  });

  it('commit some goals to their parents (one a concern, one made against an older target), by their people', () => {
    expect(commitments.length).toBeGreaterThanOrEqual(5);
    for (const c of commitments) {
      expect(Commitment.parse(c)).toEqual(c);
      expect(goalOf(c.goalId).parentId).toBe(c.parentId);
      expect(holds(c.goalId, c.by)).toBe(true);
    }
    expect(commitments.some((c) => c.state === 'concern')).toBe(true);
    const current = (c: (typeof commitments)[number]) =>
      targetFingerprint(
        goalOf(c.parentId),
        strategy.kpis.filter((k) => k.goalId === c.parentId),
      );
    expect(commitments.filter((c) => c.parentTarget !== current(c)).map((c) => c.goalId)).toEqual(['g-cloud-cost']);
  });
});
