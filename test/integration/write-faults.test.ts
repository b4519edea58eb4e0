// Every write use case under a storage failure at every step. The write is first run clean to count its storage
// calls; then, for each of them, a fresh demo runs the same write with exactly that call failing. The answer is
// either a success (the step was after the commit: a refresh the daily job repairs) or a coded failure the user
// can act on (UPSTREAM, RATE_LIMITED, CONFLICT), and a failure leaves storage exactly as it was: no half write,
// never INTERNAL, never an acknowledged write that is not there.
import { demoForge, isEpic, type DemoForge, type PersonaId } from '../support/local-forge';
import { newKpi } from './scorecard-fixture';

interface WriteCase {
  name: string;
  persona: PersonaId;
  module: string;
  functionKey: string;
  payload: unknown;
  extension?: Record<string, unknown>;
  /** After a success: the write is there for the reader. */
  landed(t: DemoForge, data: unknown): Promise<boolean>;
}

const STRATEGY = 'throughline-strategy';
const read = async (t: DemoForge, persona: PersonaId, functionKey: string, payload: unknown, module = STRATEGY) => {
  const out = await t.as(persona, { moduleKey: module, functionKey, payload });
  if (!out.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error)}`);
  return out.data as Record<string, unknown>;
};
const goalInput = {
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

const CASES: WriteCase[] = [
  {
    name: 'creating a goal',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'catalog/create',
    payload: { input: goalInput },
    landed: async (t, data) =>
      ((await read(t, 'exec', 'catalog/get', { id: (data as { id: string }).id })).goal as { title: string }).title === goalInput.title,
  },
  {
    name: 'archiving a goal',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'catalog/archive',
    payload: { id: 'g-customer-community', expectedVersion: 1 },
    landed: async (t) => ((await read(t, 'exec', 'catalog/get', { id: 'g-customer-community' })).goal as { status: string }).status === 'archived',
  },
  {
    name: 'adding a KPI',
    persona: 'exec',
    module: STRATEGY,
    functionKey: 'scorecards/kpi-create',
    payload: { input: newKpi() },
    landed: async (t, data) =>
      ((await read(t, 'exec', 'scorecards/goal', { goalId: 'g-grow-arr' })).kpis as { kpi: { id: string } }[]).some(
        (k) => k.kpi.id === (data as { id: string }).id,
      ),
  },
  {
    name: 'recording a measurement',
    persona: 'lead',
    module: STRATEGY,
    functionKey: 'scorecards/measurement-record',
    payload: { kpiId: 'k-dashboard-migration', input: { date: '2026-11-27', value: 41, note: 'fault sweep' } },
    landed: async (t) =>
      (
        (await t.as('lead', { moduleKey: STRATEGY, functionKey: 'scorecards/measurements', payload: { kpiId: 'k-dashboard-migration' } })).data as {
          value: number;
          date: string;
        }[]
      ).some((m) => m.date === '2026-11-27' && m.value === 41),
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
    module: 'throughline-project-settings',
    functionKey: 'project-tag/save',
    payload: { project: 'INS', level: 'project', goalId: 'g-dashboards-v3', leaderId: null, managerId: null, expectedVersion: 1 },
    extension: { project: { key: 'INS' } },
    landed: async (t) =>
      ((
        (
          await t.as('lead', {
            moduleKey: 'throughline-project-settings',
            functionKey: 'project-tag/get',
            payload: { project: 'INS' },
            extension: { project: { key: 'INS' } },
          })
        ).data as { alignment: { goalId: string } | null }
      ).alignment?.goalId ?? '') === 'g-dashboards-v3',
  },
  {
    name: 'clearing a project’s alignment',
    persona: 'lead',
    module: 'throughline-project-settings',
    functionKey: 'project-tag/clear',
    payload: { project: 'INS', expectedVersion: 1 },
    extension: { project: { key: 'INS' } },
    landed: async (t) =>
      (
        (
          await t.as('lead', {
            moduleKey: 'throughline-project-settings',
            functionKey: 'project-tag/get',
            payload: { project: 'INS' },
            extension: { project: { key: 'INS' } },
          })
        ).data as { alignment: unknown }
      ).alignment === null,
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
];

const run = (t: DemoForge, c: WriteCase) =>
  t.as(c.persona, { moduleKey: c.module, functionKey: c.functionKey, payload: c.payload, ...(c.extension ? { extension: c.extension } : {}) });
const ACTIONABLE = ['UPSTREAM', 'RATE_LIMITED', 'CONFLICT'];

describe.each(CASES.map((c) => [c.name, c] as const))('%s with storage failing at each step', (_name, c) => {
  it('either completes or leaves storage exactly as it was, with a code the user can act on', async () => {
    const clean = await demoForge();
    const before = clean.forge.kvs.log.entries().length;
    const ok = await run(clean, c);
    expect(ok).toMatchObject({ ok: true });
    expect(await c.landed(clean, ok.data)).toBe(true);
    const steps = clean.forge.kvs.log.entries().length - before;
    expect(steps).toBeGreaterThan(0);

    const outcomes: string[] = [];
    for (let step = 1; step <= steps; step++) {
      const t = await demoForge();
      const stored = JSON.stringify(t.forge.kvs.snapshot());
      t.forge.kvs.setFaults({ errorAt: step, errorStatus: 503 });
      const answer = await run(t, c);
      t.forge.kvs.setFaults({});
      if (answer.ok) {
        expect({ step, landed: await c.landed(t, answer.data) }).toEqual({ step, landed: true });
        outcomes.push('ok');
      } else {
        expect({ step, code: answer.error!.code, actionable: ACTIONABLE.includes(answer.error!.code) }).toEqual({
          step,
          code: answer.error!.code,
          actionable: true,
        });
        expect({ step, unchanged: JSON.stringify(t.forge.kvs.snapshot()) === stored }).toEqual({ step, unchanged: true });
        outcomes.push(answer.error!.code);
      }
    }
    // The sweep reached the commit: at least one step's failure was refused (else nothing was tested).
    expect(outcomes.some((o) => o !== 'ok')).toBe(true);
  });
});

describe('tagging an epic with storage failing at each step', () => {
  const RECONCILE = 'throughline-reconcile-rollups';
  const property = (t: DemoForge, epicId: string) =>
    (t.forge.jira.state.issues.find((i) => i.id === epicId)!.properties['throughline-alignment'] as { goalId?: string } | undefined)?.goalId;
  const mirror = (t: DemoForge, epicId: string) =>
    (t.forge.kvs.snapshot().entities['epic-tag']?.[epicId]?.value as { record: { tag: { goalId: string } } } | undefined)?.record.tag.goalId;

  it('completes, or leaves Jira and storage as they were, or leaves a tag the hourly reconcile mirrors', async () => {
    const clean = await demoForge();
    const epic = clean.issue((i) => i.key.startsWith('INS-') && isEpic(i) && i.properties['throughline-alignment'] === undefined);
    const tag = (t: DemoForge) =>
      t.as('lead', {
        moduleKey: 'throughline-goal-panel',
        functionKey: 'panel/tag-epic',
        payload: { issue: epic.key, goalId: 'g-dashboards-v3', level: 'project' },
        extension: { issue: { key: epic.key } },
      });
    const before = clean.forge.kvs.log.entries().length;
    expect(await tag(clean)).toMatchObject({ ok: true });
    const steps = clean.forge.kvs.log.entries().length - before;
    expect([property(clean, epic.id), mirror(clean, epic.id)]).toEqual(['g-dashboards-v3', 'g-dashboards-v3']);

    const outcomes: string[] = [];
    for (let step = 1; step <= steps; step++) {
      const t = await demoForge();
      const stored = JSON.stringify(t.forge.kvs.snapshot());
      t.forge.kvs.setFaults({ errorAt: step, errorStatus: 503 });
      const answer = await tag(t);
      t.forge.kvs.setFaults({});
      await t.forge.eventsDelivered();
      if (answer.ok) {
        expect({ step, property: property(t, epic.id) }).toEqual({ step, property: 'g-dashboards-v3' });
        outcomes.push('ok');
        continue;
      }
      expect({ step, actionable: ACTIONABLE.includes(answer.error!.code) }).toEqual({ step, actionable: true });
      outcomes.push(answer.error!.code);
      if (property(t, epic.id) === undefined) {
        expect({ step, unchanged: JSON.stringify(t.forge.kvs.snapshot()) === stored }).toEqual({ step, unchanged: true });
      } else {
        // The property was written before storage failed: the reconcile brings the mirror in line.
        await t.forge.runScheduledTrigger(RECONCILE);
        expect({ step, mirror: mirror(t, epic.id) }).toEqual({ step, mirror: 'g-dashboards-v3' });
      }
    }
    expect(outcomes.some((o) => o !== 'ok')).toBe(true);
  });
});
