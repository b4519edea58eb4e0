// "Due from you" through the real resolver on the demo organisation, per persona: the lead (who leads or manages
// Dashboards 3.0, the analytics features goal and SSO) owes the answers, commitments and triage the demo leaves open;
// the member and the outsider, who hold no role, owe nothing and learn nothing of others' goals; an item goes once it
// is done; weeks later the lead's check-ins and the weekly KPI he records come due.
import { forgeGoalHealthStore } from '../../src/platform/storage/goal-health-store';
import { UNTAGGED_GROUPED_FROM, type DueView } from '../../src/shared/api/due';
import { DEMO_TODAY } from '../support/demo-day';
import { accountOf, demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { agreementsOf, DASHBOARDS, EU_REGION, later, okData, PRODUCT, type Out } from './agreements-fixture';
import { projectPage } from './alignment-fixture';
import { proposalFixture, subGoal } from './proposals-fixture';

const DAY = 24 * 60 * 60 * 1000;
let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const due = async (who: PersonaId | null): Promise<Out<DueView>> =>
  (await t.as(who, { moduleKey: 'throughline-strategy', functionKey: 'due/list', payload: {} })) as Out<DueView>;
const items = async (who: PersonaId) => okData(await due(who)).items;
const ids = async (who: PersonaId) => (await items(who)).map((i) => i.id);

describe('the lead', () => {
  it('owes what the demo leaves open on his goals: triage and a check-in (overdue, listed first), a counter to answer, a value and two commitments', async () => {
    const view = okData(await due('lead'));
    expect(view.today).toBe(DEMO_TODAY);
    expect(view.leadsNothing).toBe(false);
    expect(view.items.map((i) => i.id)).toEqual([
      'input:g-dashboards-v3',
      'check-in:g-sso-scim',
      'agreement:ag-sso-on-call',
      'measurement:k-dashboard-migration',
      'commitment:g-dashboards-v3',
      'commitment:g-product-differentiation',
    ]);
    expect(view.items[1]).toMatchObject({ kind: 'check-in', overdue: true, action: 'Check in', focus: 'check-in' });
    // The weekly value was recorded eight days ago: due yesterday, within its grace; its button opens that KPI's form.
    expect(view.items[3]).toMatchObject({ kind: 'measurement', overdue: false, action: 'Record a value', focus: 'kpis', kpiId: 'k-dashboard-migration' });
    expect(view.items[0]).toMatchObject({
      kind: 'input',
      overdue: true,
      since: '2026-11-08',
      action: 'Triage',
      focus: 'input',
      sentence: '2 pieces of input from the work on “Dashboards 3.0” wait for an answer, the oldest since 8 Nov 2026.',
    });
    expect(view.items[2]).toMatchObject({ kind: 'agreement', goal: { id: 'g-sso-scim' }, action: 'Answer', overdue: false });
  });

  it('is owed nothing on goals he holds no role on', async () => {
    const lead = accountOf('lead');
    const mine = new Set(t.demo.strategy.goals.filter((g) => g.leaderId === lead || g.managerId === lead).map((g) => g.id));
    for (const i of await items('lead')) expect(mine.has(i.goal.id)).toBe(true);
  });

  it('sees an item go once it is done: commit Dashboards 3.0, and its commitment leaves the list', async () => {
    const a = agreementsOf(t);
    okData(await a.commit('lead', DASHBOARDS, null));
    expect(await ids('lead')).not.toContain('commitment:g-dashboards-v3');
    expect(await ids('lead')).toContain(`commitment:${PRODUCT}`);
  });

  it('sees the triage item go when the last open input on the goal is answered, and stay while one is left', async () => {
    const triage = (inputId: string, version: number) =>
      t.as('lead', {
        moduleKey: 'throughline-strategy',
        functionKey: 'input/triage',
        payload: { inputId, expectedVersion: version, decision: { kind: 'answer', text: 'Thanks, on the list for January.' } },
      });
    expect((await triage('in-demo-snap-grid', 1)).ok).toBe(true);
    const left = (await items('lead')).find((i) => i.id === 'input:g-dashboards-v3');
    expect(left?.sentence).toMatch(/^1 piece of input .* waits for an answer, the oldest since 23 Nov 2026\.$/);
    expect(left?.overdue).toBe(false);
    expect((await triage('in-demo-review-demos', 1)).ok).toBe(true);
    expect(await ids('lead')).not.toContain('input:g-dashboards-v3');
  });

  it('six weeks on, owes check-ins on his active goals and a value of the weekly KPI he records', async () => {
    t.clock.advance(42 * DAY);
    const list = await items('lead');
    const checkIns = list.filter((i) => i.kind === 'check-in');
    expect(checkIns.map((i) => i.goal.id).sort()).toEqual(['g-dashboards-v3', 'g-product-differentiation', 'g-sso-scim']);
    expect(checkIns.every((i) => i.overdue && i.action === 'Check in' && i.focus === 'check-in')).toBe(true);
    expect(list.find((i) => i.id === 'measurement:k-dashboard-migration')).toMatchObject({ kind: 'measurement', action: 'Record a value', overdue: true });
    // Overdue items come first, the longest due at the top.
    const overdue = list.filter((i) => i.overdue);
    expect(list.slice(0, overdue.length)).toEqual(overdue);
    expect(overdue.map((i) => i.since)).toEqual([...overdue.map((i) => i.since)].sort());
  });
});

describe('the latest measurement days kept with the goal health', () => {
  /** The list, and the storage operations it took. */
  const measured = async (who: PersonaId) => {
    const from = t.forge.kvs.log.count();
    const view = okData(await due(who));
    return { view, ops: t.forge.kvs.log.count() - from };
  };

  it('spare the list one read per KPI, and say exactly what reading each KPI says', async () => {
    const lead = accountOf('lead');
    const mine = new Set(t.demo.strategy.goals.filter((g) => g.status === 'active' && (g.leaderId === lead || g.managerId === lead)).map((g) => g.id));
    const manual = t.demo.strategy.kpis.filter((k) => mine.has(k.goalId) && k.source.kind === 'manual');
    expect(manual.length).toBeGreaterThan(0);
    const kept = await measured('lead');
    // Without the days (a site evaluated before they were kept, or a shard too large to keep): one read per KPI.
    const board = await forgeGoalHealthStore.read();
    expect(await forgeGoalHealthStore.commit(board, board.goals, {})).toBe('committed');
    const each = await measured('lead');
    expect(each.view).toEqual(kept.view);
    expect(each.ops - kept.ops).toBe(manual.length);
  });

  it('move with a value recorded today: the KPI’s item leaves the list at once', async () => {
    t.clock.advance(42 * DAY);
    expect(await ids('lead')).toContain('measurement:k-dashboard-migration');
    const today = new Date(t.clock.now()).toISOString().slice(0, 10);
    okData(
      await t.as('lead', {
        moduleKey: 'throughline-strategy',
        functionKey: 'scorecards/measurement-record',
        payload: { kpiId: 'k-dashboard-migration', input: { date: today, value: 40 } },
      }),
    );
    expect(await ids('lead')).not.toContain('measurement:k-dashboard-migration');
    expect((await forgeGoalHealthStore.lastDays())['k-dashboard-migration']).toBe(today);
  });
});

describe('agreed support the lead provides, once it is at risk', () => {
  it('is owed by him until he says where it stands: flagging the risk takes it off his list', async () => {
    const a = agreementsOf(t);
    const p = okData(await a.propose('exec', EU_REGION, DASHBOARDS, { neededBy: later(10) }));
    okData(await a.answer('lead', p.id, 1, { action: 'accept' }));
    expect(await ids('lead')).not.toContain(`agreement:${p.id}`);
    t.clock.advance(11 * DAY);
    const item = (await items('lead')).find((i) => i.id === `agreement:${p.id}`);
    expect(item).toMatchObject({ kind: 'agreement', action: 'Tell them', overdue: true, goal: { id: DASHBOARDS }, focus: 'agreements' });
    expect(item!.sentence).toMatch(/and it is at risk\. It was needed by .+ and is not marked fulfilled\. Tell them where it stands/);
    // The asking side is not asked: it is the provider's word that is owed.
    expect(await ids('exec')).not.toContain(`agreement:${p.id}`);
    okData(await a.answer('lead', p.id, 2, { action: 'flag', reason: 'Translations slipped to March' }));
    expect(await ids('lead')).not.toContain(`agreement:${p.id}`);
    // Saying it is back on track is a word too: the date still shows it at risk on the agreement, not as owed again.
    const cleared = okData(await a.answer('lead', p.id, 3, { action: 'unflag', note: 'Delivered in parts; the rest tomorrow' }));
    expect(cleared.risks.map((r) => r.reason)).toContain('overdue');
    expect(cleared.risks.map((r) => r.reason)).not.toContain('provider-flagged');
    expect(await ids('lead')).not.toContain(`agreement:${p.id}`);
  });
});

describe('agreed support the exec’s goal relies on, once its provider flags a risk', () => {
  it('is owed by her until she acknowledges it, and again once the provider updates the risk', async () => {
    const a = agreementsOf(t);
    // She leads Operate efficiently.
    const p = okData(await a.propose('exec', 'g-operate-efficiently', DASHBOARDS, { neededBy: later(30) }));
    okData(await a.answer('lead', p.id, 1, { action: 'accept' }));
    okData(await a.answer('lead', p.id, 2, { action: 'flag', reason: 'Translations slipped to March' }));
    const item = (await items('exec')).find((i) => i.id === `agreement:${p.id}`);
    expect(item).toMatchObject({ kind: 'agreement', action: 'Answer', overdue: false, goal: { id: 'g-operate-efficiently' }, focus: 'agreements' });
    expect(item!.sentence).toMatch(
      /flagged a risk on .+ to the support .+ relies on .+ Answer it: acknowledge it and say what you will do, withdraw, or mark it broken\.$/,
    );
    // Its words stay on the agreement, which only its readers get.
    expect(item!.sentence).not.toContain('Translations');
    expect(await ids('lead')).not.toContain(`agreement:${p.id}`);
    okData(await a.answer('exec', p.id, 3, { action: 'acknowledge', note: 'We launch in English first' }));
    expect(await ids('exec')).not.toContain(`agreement:${p.id}`);
    okData(await a.answer('lead', p.id, 4, { action: 'flag', reason: 'Now April' }));
    expect(await ids('exec')).toContain(`agreement:${p.id}`);
  });
});

describe('epics without a goal in the projects one administers', () => {
  const untagged = async (who: PersonaId) => okData(await due(who)).untagged;

  it('lists them for the project admin, by project, with the epics named; the item goes once they are tagged', async () => {
    expect(await untagged('lead')).toEqual([
      {
        project: { id: '10100', key: 'INS', name: 'Insights App' },
        epics: [
          { key: 'INS-42', title: 'Chart library upgrade' },
          { key: 'INS-73', title: 'Mobile read-only view' },
        ],
        count: 2,
      },
    ]);
    for (const issue of ['INS-42', 'INS-73']) {
      const out = await projectPage(t, 'lead', 'INS', 'project-page/tag-epic', { issue, goalId: 'g-product-differentiation' });
      expect(out.ok).toBe(true);
    }
    expect(await untagged('lead')).toEqual([]);
  });

  it('never lists them for someone who may browse the project but not administer it', async () => {
    // The member browses INS and its untagged epics (the Gaps tab shows them) but administers no project.
    expect(await untagged('member')).toEqual([]);
    expect(await untagged('outsider')).toEqual([]);
  });
});

describe('proposals to decide', () => {
  it('are owed by the parent goal’s leader or manager, not by the proposer, and go once decided', async () => {
    const f = await proposalFixture();
    t = f.t;
    const made = await f.propose(
      'member',
      'g-dashboards-v3',
      subGoal({ title: 'Keyboard shortcuts for every chart', level: 'self', leaderId: accountOf('member'), managerId: accountOf('member') }),
    );
    expect(made.ok).toBe(true);
    const id = (made.data as { id: string }).id;
    const item = (await items('lead')).find((i) => i.kind === 'proposal');
    expect(item).toMatchObject({
      id: `proposal:${id}`,
      goal: { id: 'g-dashboards-v3' },
      action: 'Decide',
      focus: 'proposals',
      sentence: 'Sofia Lindqvist proposes “Keyboard shortcuts for every chart” under “Dashboards 3.0”: approve it, or decline with a reason.',
    });
    expect((await items('member')).some((i) => i.kind === 'proposal')).toBe(false);
    expect((await f.decide('lead', id, { kind: 'decline', reason: 'Not this quarter.' })).ok).toBe(true);
    expect((await items('lead')).some((i) => i.kind === 'proposal')).toBe(false);
  });
});

describe('the count on the issue panel', () => {
  const panel = async (who: PersonaId) =>
    (await t.as(who, {
      moduleKey: 'throughline-goal-panel',
      functionKey: 'panel/context',
      payload: { issue: 'INS-43' },
      extension: { issue: { key: 'INS-43' } },
    })) as Out<{
      holdsRole?: boolean;
    }>;
  const count = async (who: PersonaId | null) => t.as(who, { moduleKey: 'throughline-goal-panel', functionKey: 'due/count', payload: {} });

  it('is asked only by viewers who lead or manage an active goal, and counts what the list holds', async () => {
    expect(okData(await panel('lead')).holdsRole).toBe(true);
    expect(okData(await panel('member')).holdsRole).toBe(false);
    const view = okData(await due('lead'));
    expect(okData(await count('lead'))).toEqual({ count: view.items.length + view.untagged.length, overdue: 2 });
    expect(okData(await count('lead'))).toEqual({ count: 7, overdue: 2 });
    expect(okData(await count('member'))).toEqual({ count: 0, overdue: 0 });
    // The exec, a Jira admin, administers every project: its untagged epics are one thing to do, on the list and here.
    const exec = okData(await due('exec'));
    expect(exec.untagged.length).toBeGreaterThanOrEqual(UNTAGGED_GROUPED_FROM);
    expect(okData(await count('exec'))).toMatchObject({ count: exec.items.length + 1 });
    expect(await count(null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});

describe('people who lead and manage nothing', () => {
  it.each(['member', 'outsider'] as const)('%s owes nothing, and is told why', async (who) => {
    expect(okData(await due(who))).toEqual({ today: DEMO_TODAY, items: [], leadsNothing: true, untagged: [], untaggedMore: false });
  });

  it('refuses a payload with anything in it, and an anonymous caller', async () => {
    const out = (await t.as('member', {
      moduleKey: 'throughline-strategy',
      functionKey: 'due/list',
      payload: { accountId: accountOf('lead') },
    })) as Out<DueView>;
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await due(null)).ok).toBe(false);
  });
});

describe('the exec, who leads the restricted acquisition goal', () => {
  it('owes its commitment; the member, who may not see it, is never told of it', async () => {
    expect(await ids('exec')).toContain('commitment:g-atlas-integration');
    expect(JSON.stringify(await due('member'))).not.toContain('g-atlas-integration');
  });
});

// A proposal nobody decides would wait for ever: after 14 days, a strategy editor owes it too (who may decide any).
describe('a strategy editor', () => {
  const PENDING = 'proposal:pr-demo-ci-time';

  it('owes no proposal its leader or manager may still decide, and owes the demo’s once it waited 14 days', async () => {
    expect(await ids('exec')).not.toContain(PENDING);
    t.clock.advance(11 * DAY);
    const owed = (await items('exec')).find((i) => i.id === PENDING);
    expect(owed).toMatchObject({
      action: 'Decide',
      focus: 'proposals',
      overdue: true,
      goal: { id: 'g-engineering-excellence' },
      sentence: expect.stringContaining('nobody has decided it in 15 days. As a strategy editor'),
    });
    // Nobody else but its deciders: the member, no editor, owes nothing of it.
    expect(await ids('member')).not.toContain(PENDING);
  });
});
