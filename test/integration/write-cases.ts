// Every write use case of the app, as one persona allowed to make it, with how to tell that it landed: the
// ground of the fault sweeps (storage failing at each step, Jira going down at each step).
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { isEpic, type DemoForge, type PersonaId } from '../support/local-forge';
import { newKpi } from './scorecard-fixture';
import { lastQuarterOf } from '../../dev/demo';

export interface WriteCase {
  name: string;
  persona: PersonaId;
  module: string;
  functionKey: string;
  /** The payload, or how to find it in a fresh demo (ids of measurements, untagged epics). */
  payload: unknown | ((t: DemoForge) => Promise<unknown>);
  extension?: Record<string, unknown> | ((t: DemoForge) => Record<string, unknown>);
  /** After a success: the write is there for the reader (given the answer and the payload that was sent). */
  landed(t: DemoForge, data: unknown, payload: unknown): Promise<boolean>;
}

export const STRATEGY = 'throughline-strategy';
const SETTINGS = 'throughline-project-settings';
const PANEL = 'throughline-goal-panel';
const PROJECT_PAGE = 'throughline-project-page';

export const read = async (t: DemoForge, persona: PersonaId, functionKey: string, payload: unknown, module = STRATEGY, extension?: Record<string, unknown>) => {
  const out = await t.as(persona, { moduleKey: module, functionKey, payload, ...(extension ? { extension } : {}) });
  if (!out.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error)}`);
  return out.data as Record<string, unknown>;
};

const subGoalInput = { description: '', level: 'project', leaderId: null, managerId: null, timeframe: { start: null, end: null } };

export const goalInput = {
  title: 'Win the mid-market',
  description: '',
  level: 'functional',
  parentId: 'g-grow-arr',
  leaderId: null,
  managerId: null,
  timeframe: { start: '2026-01-01', end: '2026-12-31' },
  stage: 'roadmap',
  status: 'active',
};

const goalOf = async (t: DemoForge, id: string) => (await read(t, 'exec', 'catalog/get', { id })).goal as Record<string, unknown> & { version: number };
const inputOfGoal = (g: Record<string, unknown>) => ({
  title: g.title,
  description: g.description,
  level: g.level,
  parentId: g.parentId,
  leaderId: g.leaderId,
  managerId: g.managerId,
  timeframe: g.timeframe,
  stage: g.stage,
  status: g.status,
});
/** Makes a goal due within a period (its timeframe ends on the period's last day), so closing the period leaves it
 *  unfinished and it may be carried forward: no demo goal ends in the demo's last quarter. */
export const endGoalWithin = async (t: DemoForge, goalId: string, period: { end: string }): Promise<void> => {
  const g = await goalOf(t, goalId);
  const timeframe = g.timeframe as { start: string | null; end: string | null };
  await read(t, 'exec', 'catalog/update', { id: g.id, expectedVersion: g.version, input: { ...inputOfGoal(g), timeframe: { ...timeframe, end: period.end } } });
};
const measurements = async (t: DemoForge, kpiId: string) =>
  (await t.as('lead', { moduleKey: STRATEGY, functionKey: 'scorecards/measurements', payload: { kpiId } })).data as {
    id: string;
    date: string;
    value: number;
    note: string;
    recordedAt: string;
  }[];
const kpiCard = async (t: DemoForge, goalId: string, kpiId: string) =>
  ((await read(t, 'exec', 'scorecards/goal', { goalId })).kpis as { kpi: Record<string, unknown> & { id: string; version: number } }[]).find(
    (k) => k.kpi.id === kpiId,
  )?.kpi;
const projectTag = async (t: DemoForge) =>
  ((await read(t, 'lead', 'project-tag/get', { project: 'INS' }, SETTINGS, { project: { key: 'INS' } })).alignment as { goalId: string } | null) ?? null;

/** The first INS epic with no tag, and one with a tag, in a fresh demo (the same in every fresh demo). */
export const untaggedEpic = (t: DemoForge) => t.issue((i) => i.key.startsWith('INS-') && isEpic(i) && i.properties[EPIC_TAG_PROPERTY] === undefined);
const taggedEpic = (t: DemoForge) =>
  t.issue((i) => i.key.startsWith('INS-') && isEpic(i) && (i.properties[EPIC_TAG_PROPERTY] as { goalId?: string } | undefined)?.goalId === 'g-dashboards-v3');
export const epicGoal = (t: DemoForge, epicKey: string) =>
  (t.forge.jira.state.issues.find((i) => i.key === epicKey)!.properties[EPIC_TAG_PROPERTY] as { goalId?: string } | undefined)?.goalId;
const sentIssue = (payload: unknown) => (payload as { issue: string }).issue;

export const WRITE_CASES: WriteCase[] = [
  {
    name: 'creating a goal',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'catalog/create',
    payload: { input: goalInput },
    landed: async (t, data) => (await goalOf(t, (data as { id: string }).id)).title === goalInput.title,
  },
  {
    name: 'editing a goal',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'catalog/update',
    payload: async (t: DemoForge) => {
      const g = await goalOf(t, 'g-dashboards-v3');
      return { id: g.id, expectedVersion: g.version, input: { ...inputOfGoal(g), title: 'Dashboards 3.0, everywhere' } };
    },
    landed: async (t) => (await goalOf(t, 'g-dashboards-v3')).title === 'Dashboards 3.0, everywhere',
  },
  {
    name: 'archiving a goal',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'catalog/archive',
    payload: { id: 'g-customer-community', expectedVersion: 1 },
    landed: async (t) => (await goalOf(t, 'g-customer-community')).status === 'archived',
  },
  {
    name: 'adding a KPI',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'scorecards/kpi-create',
    payload: { input: newKpi() },
    landed: async (t, data) => (await kpiCard(t, 'g-grow-arr', (data as { id: string }).id)) !== undefined,
  },
  {
    name: 'changing a KPI',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'scorecards/kpi-update',
    payload: async (t: DemoForge) => {
      const { id, version, ...input } = (await kpiCard(t, 'g-dashboards-v3', 'k-dashboard-migration'))!;
      return { id, expectedVersion: version, input: { ...input, name: 'Dashboards migrated' } };
    },
    landed: async (t) => (await kpiCard(t, 'g-dashboards-v3', 'k-dashboard-migration'))?.name === 'Dashboards migrated',
  },
  {
    name: 'deleting a KPI',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'scorecards/kpi-delete',
    payload: async (t: DemoForge) => ({
      id: 'k-dashboard-migration',
      expectedVersion: (await kpiCard(t, 'g-dashboards-v3', 'k-dashboard-migration'))!.version,
    }),
    landed: async (t) => (await kpiCard(t, 'g-dashboards-v3', 'k-dashboard-migration')) === undefined,
  },
  {
    name: 'recording a measurement',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'scorecards/measurement-record',
    payload: { kpiId: 'k-dashboard-migration', input: { date: '2026-11-27', value: 41, note: 'fault sweep' } },
    landed: async (t) => (await measurements(t, 'k-dashboard-migration')).some((m) => m.date === '2026-11-27' && m.value === 41),
  },
  {
    name: 'correcting a measurement',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'scorecards/measurement-correct',
    payload: async (t: DemoForge) => {
      const m = (await measurements(t, 'k-dashboard-migration'))[0]!;
      return { kpiId: 'k-dashboard-migration', id: m.id, expectedRecordedAt: m.recordedAt, value: 42.5, note: 'corrected in the sweep' };
    },
    landed: async (t) => (await measurements(t, 'k-dashboard-migration')).some((m) => m.value === 42.5 && m.note === 'corrected in the sweep'),
  },
  {
    name: 'deleting a measurement',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'scorecards/measurement-delete',
    payload: async (t: DemoForge) => {
      const m = (await measurements(t, 'k-dashboard-migration'))[0]!;
      return { kpiId: 'k-dashboard-migration', id: m.id, expectedRecordedAt: m.recordedAt };
    },
    landed: async (t, data) => !(await measurements(t, 'k-dashboard-migration')).some((m) => m.id === (data as { id: string }).id),
  },
  {
    name: 'checking in',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'scorecards/check-in-add',
    payload: { goalId: 'g-dashboards-v3', input: { status: 'at-risk', confidence: 3, learnings: 'fault sweep', risks: '', decisions: '' } },
    landed: async (t) =>
      (
        (await t.as('lead', { moduleKey: STRATEGY, functionKey: 'scorecards/check-ins', payload: { goalId: 'g-dashboards-v3' } })).data as {
          learnings: string;
        }[]
      ).some((c) => c.learnings === 'fault sweep'),
  },
  {
    name: 'saving the admin settings',
    persona: 'exec',
    module: 'throughline-admin',
    functionKey: 'admin/save-settings',
    payload: { progressRule: 'story-points', expectedVersion: 1 },
    landed: async (t) => ((await read(t, 'exec', 'settings/progress-rule', {}, 'throughline-admin')).rule as string) === 'story-points',
  },
  {
    name: 'tagging a project',
    persona: 'lead',
    module: SETTINGS,
    functionKey: 'project-tag/save',
    payload: { project: 'INS', level: 'project', goalId: 'g-dashboards-v3', leaderId: null, managerId: null, expectedVersion: 1 },
    extension: { project: { key: 'INS' } },
    landed: async (t) => (await projectTag(t))?.goalId === 'g-dashboards-v3',
  },
  {
    name: 'clearing a project’s alignment',
    persona: 'lead',
    module: SETTINGS,
    functionKey: 'project-tag/clear',
    payload: { project: 'INS', expectedVersion: 1 },
    extension: { project: { key: 'INS' } },
    landed: async (t) => (await projectTag(t)) === null,
  },
  {
    name: 'tagging an epic from the issue panel',
    persona: 'lead',
    module: PANEL,
    functionKey: 'panel/tag-epic',
    payload: async (t: DemoForge) => ({ issue: untaggedEpic(t).key, goalId: 'g-dashboards-v3', level: 'project' }),
    extension: (t) => ({ issue: { key: untaggedEpic(t).key } }),
    landed: async (t, _data, payload) => epicGoal(t, sentIssue(payload)) === 'g-dashboards-v3',
  },
  {
    name: 'clearing an epic’s tag',
    persona: 'lead',
    module: PANEL,
    functionKey: 'panel/clear-epic-tag',
    payload: async (t: DemoForge) => ({ issue: taggedEpic(t).key }),
    extension: (t) => ({ issue: { key: taggedEpic(t).key } }),
    landed: async (t, _data, payload) => epicGoal(t, sentIssue(payload)) === undefined,
  },
  {
    name: 'tagging an epic from the project page',
    persona: 'lead',
    module: PROJECT_PAGE,
    functionKey: 'project-page/tag-epic',
    // INS works at the functional level, so its epics serve a goal at that level or above.
    payload: async (t: DemoForge) => ({ project: 'INS', issue: untaggedEpic(t).key, goalId: 'g-product-differentiation' }),
    extension: { project: { key: 'INS' } },
    landed: async (t, _data, payload) => epicGoal(t, sentIssue(payload)) === 'g-product-differentiation',
  },
  {
    name: 'leaving input from the issue panel',
    persona: 'member',
    module: PANEL,
    functionKey: 'panel/input-add',
    payload: { issue: 'INS-3', goalId: 'g-dashboards-v3', kind: 'change', text: 'fault sweep input', anonymous: false },
    extension: { issue: { key: 'INS-3' } },
    landed: async (t) => goalInputTexts(t).then((texts) => texts.includes('fault sweep input')),
  },
  {
    name: 'answering input',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'input/triage',
    payload: { inputId: 'in-demo-snap-grid', expectedVersion: 1, decision: { kind: 'answer', text: 'fault sweep answer' } },
    landed: async (t) => (await goalInputItems(t)).some((i) => i.triage.answer === 'fault sweep answer'),
  },
  {
    name: 'checking in, taking input',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'scorecards/check-in-add',
    payload: { goalId: 'g-dashboards-v3', input: { status: 'on-track', confidence: 4, learnings: 'took input', inputIds: ['in-demo-snap-grid'] } },
    // Landed means both: the check-in says it took one, and the input says which check-in took it.
    landed: async (t, data) =>
      (data as { inputsTaken?: number }).inputsTaken === 1 &&
      (await goalInputItems(t)).some((i) => i.id === 'in-demo-snap-grid' && i.triage.checkInId === (data as { id: string }).id),
  },
  {
    name: 'asking another goal for support',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'agreements/propose',
    payload: {
      input: { fromGoalId: 'g-product-differentiation', toGoalId: 'g-engineering-excellence', ask: 'A stable ingestion API', neededBy: '2027-03-15' },
    },
    landed: async (t, data) => (await read(t, 'lead', 'agreements/get', { id: (data as { id: string }).id })).state === 'proposed',
  },
  {
    name: 'accepting a counter',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'agreements/answer',
    payload: { id: 'ag-sso-on-call', expectedVersion: 2, answer: { action: 'accept' } },
    landed: async (t) => (await read(t, 'lead', 'agreements/get', { id: 'ag-sso-on-call' })).state === 'accepted',
  },
  {
    name: 'committing a goal to its parent',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'agreements/commit',
    payload: { input: { goalId: 'g-dashboards-v3', state: 'committed', text: 'We carry the dashboards share', expectedVersion: null } },
    landed: async (t) =>
      ((await read(t, 'lead', 'agreements/for-goal', { goalId: 'g-dashboards-v3' })).commitment as { status: string }).status === 'committed',
  },
  {
    name: 'adding a sub-goal directly',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'goals/add-sub-goal',
    payload: { parentId: 'g-product-differentiation', input: { ...subGoalInput, title: 'Fault sweep sub-goal' } },
    landed: async (t, data) => (await read(t, 'lead', 'catalog/get', { id: (data as { id: string }).id })).goal !== undefined,
  },
  {
    name: 'proposing a sub-goal',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'goals/propose',
    payload: { parentId: 'g-engineering-excellence', input: { ...subGoalInput, title: 'Fault sweep proposal' } },
    landed: async (t) => proposalsOfEngineering(t).then((ps) => ps.some((p) => p.title === 'Fault sweep proposal')),
  },
  {
    name: 'approving a proposal',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'goals/decide-proposal',
    payload: { proposalId: 'pr-demo-ci-time', expectedVersion: 1, decision: { kind: 'approve' } },
    // Landed means both: the proposal says approved, and the goal it became is in the catalog.
    landed: async (t) => {
      const p = (await proposalsOfEngineering(t)).find((x) => x.id === 'pr-demo-ci-time');
      if (p?.decision.state !== 'approved' || !p.decision.goalId) return false;
      return (await read(t, 'exec', 'catalog/get', { id: p.decision.goalId })).goal !== undefined;
    },
  },
  {
    name: 'declining a proposal',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'goals/decide-proposal',
    payload: { proposalId: 'pr-demo-ci-time', expectedVersion: 1, decision: { kind: 'decline', reason: 'fault sweep reason' } },
    landed: async (t) => (await proposalsOfEngineering(t)).some((p) => p.id === 'pr-demo-ci-time' && p.decision.state === 'declined'),
  },
  {
    name: 'withdrawing one’s own proposal',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'goals/withdraw-proposal',
    // The lead proposes under a goal he holds no role on (before any fault), then takes it back.
    payload: async (t: DemoForge) => {
      const made = await read(t, 'lead', 'goals/propose', {
        parentId: 'g-engineering-excellence',
        input: { ...subGoalInput, title: 'Fault sweep withdrawal' },
      });
      return { proposalId: made.id, expectedVersion: made.version };
    },
    landed: async (t) => (await proposalsOfEngineering(t)).some((p) => p.title === 'Fault sweep withdrawal' && p.decision.state === 'withdrawn'),
  },
  {
    name: 'defining a period',
    persona: 'exec',
    module: 'throughline-admin',
    functionKey: 'periods/save',
    payload: async (t: DemoForge) => {
      const { calendar } = (await read(t, 'exec', 'periods/list', {}, 'throughline-admin')) as {
        calendar: { version: number; periods: Record<string, unknown>[] };
      };
      const periods = calendar.periods.map(({ id, name, kind, start, end }) => ({ id, name, kind, start, end }));
      return { expectedVersion: calendar.version, periods: [...periods, { name: 'Fault sweep year', kind: 'year', start: '2030-01-01', end: '2030-12-31' }] };
    },
    landed: async (t) =>
      ((await read(t, 'exec', 'periods/list', {}, 'throughline-admin')).calendar as { periods: { name: string }[] }).periods.some(
        (p) => p.name === 'Fault sweep year',
      ),
  },
  // Closing a period is left out on purpose: its snapshots are written one by one, only if absent, and the period is
  // marked closed last, so a close cut short leaves snapshots behind that the next close completes (never changes).
  {
    name: 'carrying a goal forward',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'periods/carry',
    payload: async (t: DemoForge) => {
      const periodId = lastQuarterOf(t.demo.today).id;
      await endGoalWithin(t, 'g-dashboards-v3', lastQuarterOf(t.demo.today));
      await read(t, 'exec', 'periods/close', { periodId });
      return { periodId, goalId: 'g-dashboards-v3' };
    },
    landed: async (t, _data, payload) => {
      const options = await read(t, 'exec', 'periods/carry-options', { periodId: (payload as { periodId: string }).periodId });
      return (options.goals as { goalId: string; carriedTo: unknown }[]).some((g) => g.goalId === 'g-dashboards-v3' && g.carriedTo !== null);
    },
  },
];

const proposalsOfEngineering = async (t: DemoForge) =>
  (await read(t, 'exec', 'goals/proposals', { goalId: 'g-engineering-excellence' })).proposals as {
    id: string;
    title: string;
    decision: { state: string; goalId?: string };
  }[];

const goalInputItems = async (t: DemoForge) =>
  (await read(t, 'lead', 'input/goal', { goalId: 'g-dashboards-v3' })).items as { id: string; text: string; triage: { answer?: string; checkInId?: string } }[];
const goalInputTexts = async (t: DemoForge) => (await goalInputItems(t)).map((i) => i.text);

export interface Prepared {
  payload: unknown;
  extension?: Record<string, unknown>;
}

/** Finds a case's payload in a demo (reads it may need happen here, before any fault is switched on). */
export const prepare = async (t: DemoForge, c: WriteCase): Promise<Prepared> => {
  const payload = typeof c.payload === 'function' ? await (c.payload as (t: DemoForge) => Promise<unknown>)(t) : c.payload;
  const extension = typeof c.extension === 'function' ? c.extension(t) : c.extension;
  return { payload, ...(extension ? { extension } : {}) };
};

/** Makes the write as the case's persona. */
export const send = (t: DemoForge, c: WriteCase, p: Prepared) =>
  t.as(c.persona, { moduleKey: c.module, functionKey: c.functionKey, payload: p.payload, ...(p.extension ? { extension: p.extension } : {}) });

/** Codes a user can act on (try again later, reload): what a fault may answer, never INTERNAL. */
export const ACTIONABLE = ['UPSTREAM', 'RATE_LIMITED', 'CONFLICT'];
