// The weekly digest through the real scheduled trigger on the demo organisation: off until a Jira admin turns it
// on; then one mail per leader and manager with something due, sent through Jira's notification of an epic of
// their goals, naming only goals they may be told of and never a draft; a second run in the same week mails
// nobody; a new week mails again; a failed send is tried again on the next run.
import { ACCOUNTS, ISSUE_TYPES, PROCESS_GOAL_KPIS_ONLY } from '../../dev/demo';
import { isoWeek } from '../../src/domain/due/digest';
import { DEMO_TODAY } from '../support/demo-day';
import { accountOf, demoForge, type DemoForge } from '../support/local-forge';

const JOB = 'throughline-weekly-digest';
const DAY = 24 * 60 * 60 * 1000;
let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const mails = () => t.forge.jira.state.notifications ?? [];
const mailTo = (persona: 'exec' | 'lead' | 'member' | 'outsider') => mails().filter((m) => m.to.includes(accountOf(persona)));
const turnOn = async (who: 'exec' | 'member' = 'exec') =>
  t.as(who, { moduleKey: 'throughline-admin', functionKey: 'admin/save-settings', payload: { weeklyDigest: true, expectedVersion: 1 } });

describe('the weekly digest', () => {
  it('sends nothing while it is off, which is how a new installation starts', async () => {
    await t.forge.runScheduledTrigger(JOB);
    expect(mails()).toEqual([]);
  });

  it('may be turned on by a Jira admin only', async () => {
    expect(await turnOn('member')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await t.forge.runScheduledTrigger(JOB);
    expect(mails()).toEqual([]);
    expect((await turnOn('exec')).ok).toBe(true);
  });

  it('mails the lead once, listing what is due from him, through an epic of his goals', async () => {
    await turnOn();
    await t.forge.runScheduledTrigger(JOB);
    const [mail, ...more] = mailTo('lead');
    expect(more).toEqual([]);
    expect(mail!.to).toEqual([accountOf('lead')]);
    expect(mail!.from).toBe('app');
    expect(mail!.subject).toBe('Throughline: 6 things due from you, 2 overdue');
    expect(mail!.textBody).toContain('Hello Daniel Okafor');
    expect(mail!.textBody).toContain('- Overdue: Triage on “Dashboards 3.0” (Project goal). 2 pieces of input from the work');
    expect(mail!.textBody).toContain('Answer on “Enterprise SSO and SCIM provisioning”');
    const epic = t.forge.jira.state.issues.find((i) => i.key === mail!.issueKey)!;
    const goalOfEpic = (epic.properties['throughline-alignment'] as { goalId: string }).goalId;
    const lead = accountOf('lead');
    expect(t.demo.strategy.goals.some((g) => g.id === goalOfEpic && (g.leaderId === lead || g.managerId === lead))).toBe(true);
  });

  it('never names a draft goal, nor a restricted goal to someone who does not lead or manage it', async () => {
    await turnOn();
    await t.forge.runScheduledTrigger(JOB);
    const drafts = t.demo.strategy.goals.filter((g) => g.status === 'draft').map((g) => g.title);
    const restricted = t.demo.strategy.goals.filter((g) => g.restricted);
    expect(drafts.length).toBeGreaterThan(0);
    for (const m of mails()) {
      for (const title of drafts) expect(m.textBody).not.toContain(title);
      for (const g of restricted) {
        const mayKnow = m.to.every((id) => g.leaderId === id || g.managerId === id);
        if (!mayKnow) expect(m.textBody).not.toContain(g.title);
      }
    }
    // Nobody who leads or manages nothing is mailed.
    expect(mailTo('member')).toEqual([]);
    expect(mailTo('outsider')).toEqual([]);
  });

  it('mails nobody twice in one week, and again the next week', async () => {
    await turnOn();
    await t.forge.runScheduledTrigger(JOB);
    const first = mails().length;
    expect(first).toBeGreaterThan(0);
    await t.forge.runScheduledTrigger(JOB);
    expect(mails()).toHaveLength(first);
    t.clock.advance(7 * DAY);
    expect(isoWeek(t.clock.now().toISOString().slice(0, 10))).not.toBe(isoWeek(DEMO_TODAY));
    await t.forge.runScheduledTrigger(JOB);
    expect(mailTo('lead')).toHaveLength(2);
  });

  it('tries a person again on the next run when Jira failed to send, and sends once then', async () => {
    await turnOn();
    // The first person's epic is found (call 1) and Jira says they may browse it (call 2), then Jira fails from the
    // mail on (call 3): their week is claimed and must be given back, or they would get nothing this week.
    t.forge.jira.setFaults({ downFrom: 3 });
    await t.forge.runScheduledTrigger(JOB);
    expect(mails()).toEqual([]);
    t.forge.jira.setFaults({});
    await t.forge.runScheduledTrigger(JOB);
    const people = mails().flatMap((m) => m.to);
    expect(people).toContain(ACCOUNTS.lead);
    // Everyone a run without trouble mails, once each.
    const calm = await demoForge();
    await calm.as('exec', { moduleKey: 'throughline-admin', functionKey: 'admin/save-settings', payload: { weeklyDigest: true, expectedVersion: 1 } });
    await calm.forge.runScheduledTrigger(JOB);
    expect([...people].sort()).toEqual((calm.forge.jira.state.notifications ?? []).flatMap((m) => m.to).sort());
  });

  // Anyone who may edit an epic can tag it with someone else's goal. Tagged with a goal Marcus Reid manages, an
  // ATLAS epic (a project he may not browse) became the newest epic of his goals: his mail went through it, Jira
  // mailed it to nobody, and his week was spent.
  it('sends each mail through an epic its reader may browse, whatever tags others write on epics', async () => {
    const marcus = ACCOUNTS.sreManager;
    const atlas = t.forge.jira.state.projects.find((p) => p.key === 'ATLAS')!;
    const epic = t.forge.jira.state.issues.find((i) => i.projectId === atlas.id && i.issueTypeId === ISSUE_TYPES.epic.id)!;
    expect(t.forge.jira.can(marcus, 'BROWSE_PROJECTS', atlas.id)).toBe(false);
    t.clock.advance(60_000);
    const put = await t.forge.jira.fetch({ kind: 'user', accountId: ACCOUNTS.vpSales }, `/rest/api/3/issue/${epic.key}/properties/throughline-alignment`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ goalId: PROCESS_GOAL_KPIS_ONLY, level: 'project' }),
    });
    expect(put.status).toBeLessThan(300);
    await turnOn();
    await t.forge.runScheduledTrigger(JOB);
    expect(mails().length).toBeGreaterThan(0);
    for (const m of mails()) expect({ issue: m.issueKey, to: m.to.length }).toEqual({ issue: m.issueKey, to: 1 });
    expect(mails().some((m) => m.issueKey === epic.key)).toBe(false);
    // Marcus is mailed through an epic of his own goals he may browse, this week.
    const his = mails().filter((m) => m.to.includes(marcus));
    expect(his).toHaveLength(1);
    const through = t.forge.jira.state.issues.find((i) => i.key === his[0]!.issueKey)!;
    expect(t.forge.jira.can(marcus, 'BROWSE_PROJECTS', through.projectId)).toBe(true);
  });

  // A goal under a restricted goal is as hidden as its parent, restricted itself or not.
  it('never names a goal below a restricted goal to someone the restricted goal does not admit', async () => {
    const [olivia, marcus] = [ACCOUNTS.cfo, ACCOUNTS.sreManager];
    const created = await t.as('exec', {
      moduleKey: 'throughline-strategy',
      functionKey: 'catalog/create',
      payload: {
        input: {
          title: 'Lumen SRE handover',
          description: '',
          level: 'self',
          parentId: 'g-atlas-integration',
          leaderId: olivia,
          managerId: olivia,
          timeframe: { start: null, end: null },
          stage: 'execute',
          status: 'active',
        },
      },
    });
    const child = (created.data as { id: string }).id;
    const asked = await t.forge.invoke({
      moduleKey: 'throughline-strategy',
      functionKey: 'agreements/propose',
      accountId: olivia,
      payload: { input: { fromGoalId: child, toGoalId: PROCESS_GOAL_KPIS_ONLY, ask: 'Pager rota for Lumen Metrics customers', neededBy: '2027-01-15' } },
    });
    expect(asked).toMatchObject({ ok: true });
    await turnOn();
    await t.forge.runScheduledTrigger(JOB);
    const his = mails().filter((m) => m.to.includes(marcus));
    expect(his).toHaveLength(1);
    expect(his[0]!.textBody).not.toContain('Lumen');
  });
});
