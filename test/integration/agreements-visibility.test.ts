// Who may read agreements: anyone who takes part in the strategy and may see both goals. An agreement with the
// restricted goal does not exist for the member; the outsider, who takes part in nothing, learns of no agreement at
// all; a forged call for an agreement id answers NOT_FOUND with the words of a missing one.
import { kvs } from '@forge/kvs';
import { DASHBOARDS_RELIES_ON, RESTRICTED_AGREEMENT } from '../../dev/demo';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { agreementsOf, DASHBOARDS, ENGINEERING, EU_REGION, okData, PRODUCT, RESTRICTED } from './agreements-fixture';

let t: DemoForge;
let a: ReturnType<typeof agreementsOf>;
let secret: string;
let open: string;
beforeAll(async () => {
  t = await demoForge();
  a = agreementsOf(t);
  // The demo's request from the restricted goal (the exec manages it): hidden from whoever may not see the goal.
  secret = RESTRICTED_AGREEMENT;
  open = okData(await a.propose('lead', PRODUCT, ENGINEERING)).id;
});

const missing = 'ag-0000000000000000';
const says = (out: unknown, ...words: string[]) => words.filter((w) => JSON.stringify(out).includes(w));

describe('an agreement with the restricted goal', () => {
  it('is read by the exec, who may see both goals', async () => {
    expect(okData(await a.get('exec', secret)).from.id).toBe(RESTRICTED);
  });

  it('does not exist for the member: the same answer as a missing id, and nothing on the providing goal’s page', async () => {
    const out = await a.get('member', secret);
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(out).toEqual(await a.get('member', missing));
    const page = okData(await a.forGoal('member', ENGINEERING));
    expect(page.reliedOnBy.map((x) => x.id)).toEqual([open]);
    expect(says(page, secret, RESTRICTED, 'Lumen')).toEqual([]);
  });

  it('cannot be answered by the member, who is told it does not exist', async () => {
    expect(await a.answer('member', secret, 1, { action: 'accept' })).toEqual(await a.answer('member', missing, 1, { action: 'accept' }));
  });

  it('is not an arrow of the member’s web, nor its goal a node', async () => {
    const web = okData(await a.call('member', 'agreements/web', { rootGoalId: 'g-operate-efficiently' }));
    expect(says(web, secret, RESTRICTED)).toEqual([]);
    const execWeb = okData(await a.call('exec', 'agreements/web', { rootGoalId: 'g-operate-efficiently' }));
    expect(says(execWeb, secret, RESTRICTED)).toEqual([secret, RESTRICTED]);
  });
});

describe('the outsider, who takes part in nothing', () => {
  it.each([
    ['one agreement', () => a.get('outsider', open), () => a.get('outsider', missing)],
    ['an answer to one', () => a.answer('outsider', open, 1, { action: 'accept' }), () => a.answer('outsider', missing, 1, { action: 'accept' })],
  ])('gets %s answered as for a missing agreement', async (_what, real, forged) => {
    const out = await real();
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(out).toEqual(await forged());
  });

  it.each([
    ['a goal’s agreements', () => a.forGoal('outsider', ENGINEERING), () => a.forGoal('outsider', EU_REGION)],
    [
      'the web',
      () => a.call('outsider', 'agreements/web', { rootGoalId: 'g-operate-efficiently' }),
      () => a.call('outsider', 'agreements/web', { rootGoalId: 'g-grow-arr' }),
    ],
  ])('is refused %s in words that say nothing of them (the same for a goal with agreements and one without)', async (_what, withSome, withNone) => {
    const out = await withSome();
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(out).toEqual(await withNone());
  });
});

describe('everyone who takes part', () => {
  it.each(['exec', 'lead', 'member'] as PersonaId[])('lets the %s read an agreement between two goals they may see', async (who) => {
    expect(okData(await a.get(who, open)).id).toBe(open);
    expect(okData(await a.forGoal(who, PRODUCT)).reliesOn.map((x) => x.id)).toContain(open);
  });

  it('tells the member what they may do: nothing, and the lead: withdraw', async () => {
    expect(okData(await a.get('member', open)).can).toEqual([]);
    expect(okData(await a.get('lead', open)).can).toEqual(['withdraw']);
    expect(okData(await a.get('exec', open)).can).toEqual(['accept', 'counter', 'decline', 'withdraw']);
  });

  it('offers asking and committing only to the goal’s people and editors', async () => {
    const [lead, member] = [okData(await a.forGoal('lead', DASHBOARDS)), okData(await a.forGoal('member', DASHBOARDS))];
    expect([lead.canAsk, lead.commitment.canCommit]).toEqual([true, true]);
    expect([member.canAsk, member.commitment.canCommit]).toEqual([false, false]);
    expect(member.commitment).toMatchObject({ status: 'not-committed', summary: 'Not committed', parent: { id: PRODUCT } });
  });
});

describe('an agreement filed under one goal whose record names another (storage written around the app)', () => {
  it('is left off that goal’s page, which still answers, and never shows the goal the record names', async () => {
    const items = kvs.entity<{ record: { fromGoalId: string } }>('agreement');
    const item = (await items.get(DASHBOARDS_RELIES_ON))!;
    await items.set(DASHBOARDS_RELIES_ON, { ...item, record: { ...item.record, fromGoalId: RESTRICTED } });
    for (const who of ['exec', 'lead', 'member'] as PersonaId[]) {
      const page = okData(await agreementsOf(t).forGoal(who, DASHBOARDS));
      expect(page.reliesOn.map((a) => a.id)).not.toContain(DASHBOARDS_RELIES_ON);
      expect(JSON.stringify(page)).not.toContain(RESTRICTED);
    }
    await items.set(DASHBOARDS_RELIES_ON, item);
  });
});

describe('an audit event filed under another goal than its own (storage written around the app)', () => {
  it('never shows in that goal’s history, whose readers may not see what the event holds', async () => {
    const audit = kvs.entity<{ entityId: string; at: string; event: { entityId: string; at: string } }>('audit');
    const page = await audit
      .query()
      .index('by-entity', { partition: [RESTRICTED_AGREEMENT] })
      .limit(1)
      .getMany();
    const event = page.results[0]!.value;
    await audit.set('moved-event', { ...event, entityId: 'g-cloud-cost' });
    for (const who of ['exec', 'member', 'outsider'] as PersonaId[]) {
      const goal = await t.as(who, { moduleKey: 'throughline-strategy', functionKey: 'catalog/get', payload: { id: 'g-cloud-cost' } });
      expect(goal).toMatchObject({ ok: true });
      expect(JSON.stringify(goal)).not.toContain(RESTRICTED_AGREEMENT);
    }
    await audit.delete('moved-event');
  });
});
