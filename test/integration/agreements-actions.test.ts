// Every agreement action through the real global page resolver, as each persona: the side that may take it does, a
// strategy editor does for either side (recorded as editor), and everyone else is refused with FORBIDDEN, or NOT_FOUND
// when the agreement names a goal they may not see; a refusal stores nothing.
import type { AuditEvent } from '../../src/shared/model/audit';
import { DEMO_TODAY } from '../support/demo-day';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { agreementsOf, DASHBOARDS, ENGINEERING, EU_REGION, later, okData, PRODUCT, RESTRICTED, writesDuring } from './agreements-fixture';

let t: DemoForge;
let a: ReturnType<typeof agreementsOf>;
beforeEach(async () => {
  t = await demoForge();
  a = agreementsOf(t);
});

const auditOf = (entityId: string): AuditEvent[] =>
  Object.values(t.forge.kvs.snapshot().entities['audit'] ?? {})
    .map((item) => (item.value as { event: AuditEvent }).event)
    .filter((e) => e.entityId === entityId);

/** EU region asks Dashboards 3.0 (whose manager is the lead): the exec proposes it as editor. */
const euAsksDashboards = async () => okData(await a.propose('exec', EU_REGION, DASHBOARDS));

describe('asking for support', () => {
  it('lets the lead ask on behalf of the goal he manages; it shows “Proposed”, with his name on the first round', async () => {
    const v = okData(await a.propose('lead', PRODUCT, ENGINEERING, { ask: 'A stable ingestion API', neededBy: later(107) }));
    expect(v).toMatchObject({
      state: 'proposed',
      turn: 'provider',
      waitingDays: 0,
      summary: 'Proposed, waiting since today for an answer',
      from: { id: PRODUCT, title: 'Ship the analytics features that set us apart' },
      to: { id: ENGINEERING, title: 'Reliable, fast engineering delivery' },
      proposedBy: { displayName: 'Daniel Okafor' },
      answeredBy: null,
      can: ['withdraw'],
      version: 1,
    });
    expect(v.rounds).toEqual([
      {
        action: 'propose',
        by: { accountId: expect.any(String), displayName: 'Daniel Okafor' },
        asEditor: false,
        at: expect.stringContaining(DEMO_TODAY),
        text: 'A stable ingestion API',
        neededBy: later(107),
        side: 'asker',
      },
    ]);
    expect(auditOf(v.id)).toEqual([expect.objectContaining({ entity: 'agreement', action: 'create', asEditor: false, before: null })]);
  });

  it('lets the exec ask for a goal she neither leads nor manages, recorded as editor', async () => {
    const v = await euAsksDashboards();
    expect(v.rounds[0]).toMatchObject({ by: { displayName: 'Helen Marsh' }, asEditor: true });
    expect(auditOf(v.id)).toEqual([expect.objectContaining({ action: 'create', asEditor: true })]);
  });

  it.each(['member', 'outsider'] as PersonaId[])('refuses the %s, who sees both goals but leads neither, with FORBIDDEN and stores nothing', async (who) => {
    const { out, writes } = await writesDuring(t, () => a.propose(who, PRODUCT, ENGINEERING));
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes).toEqual([]);
  });

  it('answers the member naming the restricted goal exactly as for a goal that does not exist', async () => {
    const hidden = await a.propose('member', RESTRICTED, ENGINEERING);
    const missing = await a.propose('member', 'g-nothing-here', ENGINEERING);
    expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(hidden).toEqual(missing);
  });
});

describe('the providing side answers', () => {
  it('lets the lead, who manages the providing goal, accept; “Agreed, needed by …”', async () => {
    const p = await euAsksDashboards();
    const v = okData(await a.answer('lead', p.id, p.version, { action: 'accept' }));
    expect(v).toMatchObject({ state: 'accepted', turn: null, waitingDays: null, answeredBy: { displayName: 'Daniel Okafor' }, version: 2 });
    expect(v.summary).toMatch(/^Agreed, needed by \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(v.rounds.at(-1)).toMatchObject({ action: 'accept', asEditor: false, side: 'provider' });
  });

  it('lets the lead counter with a later date; then it is the asking side’s turn, not his', async () => {
    const p = await euAsksDashboards();
    const c = okData(await a.answer('lead', p.id, 1, { action: 'counter', neededBy: later(90), terms: 'Exports, but weekly' }));
    expect(c).toMatchObject({ state: 'countered', turn: 'asker', ask: 'Exports, but weekly', neededBy: later(90), can: [] });
    expect(await a.answer('lead', p.id, 2, { action: 'accept' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const done = okData(await a.answer('exec', p.id, 2, { action: 'accept' }));
    expect(done.rounds.at(-1)).toMatchObject({ action: 'accept', asEditor: true, side: 'asker' });
  });

  it('lets the lead decline with a reason', async () => {
    const p = await euAsksDashboards();
    const v = okData(await a.answer('lead', p.id, 1, { action: 'decline', reason: 'No capacity before the release' }));
    expect(v).toMatchObject({ state: 'declined', summary: expect.stringMatching(/^Declined on /) });
  });

  it.each([
    ['member', { action: 'accept' }, 'FORBIDDEN'],
    ['member', { action: 'decline', reason: 'Not mine' }, 'FORBIDDEN'],
    // The outsider takes no part in the strategy: for them the agreement does not exist.
    ['outsider', { action: 'counter', neededBy: later(90), terms: 'Later' }, 'NOT_FOUND'],
  ] as const)('refuses the %s’s %j with %s and stores nothing', async (who, answer, code) => {
    const p = await euAsksDashboards();
    const { out, writes } = await writesDuring(t, () => a.answer(who, p.id, 1, answer));
    expect(out).toMatchObject({ ok: false, error: { code } });
    expect(writes).toEqual([]);
    if (code === 'NOT_FOUND') expect(out).toEqual(await a.answer(who, 'ag-0000000000000000', 1, answer));
  });

  it('refuses the member before looking at the version: FORBIDDEN, not a CONFLICT that hands back the agreement', async () => {
    const p = await euAsksDashboards();
    okData(await a.answer('lead', p.id, 1, { action: 'accept' }));
    const out = await a.answer('member', p.id, 1, { action: 'fulfil' });
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(out.error!.details).toBeUndefined();
  });

  it('refuses the asking side’s answer to its own request (only the provider accepts)', async () => {
    const p = okData(await a.propose('lead', PRODUCT, ENGINEERING));
    expect(await a.answer('lead', p.id, 1, { action: 'accept' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('a strategy editor who speaks for one side', () => {
  it('may not answer her own request for the providing side: FORBIDDEN, nothing stored, and no button for it', async () => {
    const p = await euAsksDashboards();
    expect(p.can).toEqual(['withdraw']);
    for (const answer of [{ action: 'accept' }, { action: 'decline', reason: 'No' }, { action: 'counter', neededBy: later(90), terms: 'Later' }] as const) {
      const { out, writes } = await writesDuring(t, () => a.answer('exec', p.id, 1, answer));
      expect(out).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: expect.stringMatching(/^You already speak for the other side of this agreement/) },
      });
      expect(writes).toEqual([]);
    }
    // The providing goal's manager answers it.
    expect(okData(await a.answer('lead', p.id, 1, { action: 'accept' })).state).toBe('accepted');
  });

  it('may not ask, as editor for another goal, the goal she leads: FORBIDDEN and nothing stored', async () => {
    // The exec leads the operations strategy goal: asking it on the customer goal's behalf would make her both parties.
    const { out, writes } = await writesDuring(t, () => a.propose('exec', 'g-customer-retention', 'g-operate-efficiently'));
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.stringMatching(/^You lead or manage “Run a reliable platform at sustainable cost”, the goal asked/) },
    });
    expect(writes).toEqual([]);
    // The customer goal's own people may ask it; she then answers as its leader.
    const asked = okData(await a.propose('exec', 'g-customer-retention', ENGINEERING));
    expect(asked.rounds[0]).toMatchObject({ asEditor: true, side: 'asker' });
  });

  it('may not accept her own counter for the asking side, nor answer for the providing side of a goal she leads', async () => {
    const p = okData(await a.propose('lead', PRODUCT, ENGINEERING));
    okData(await a.answer('exec', p.id, 1, { action: 'counter', neededBy: later(121), terms: 'Two weeks later' }));
    expect(await a.answer('exec', p.id, 2, { action: 'accept' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // The lead asks the exec's own strategy goal: she answers it as its leader, not as editor.
    const mine = okData(await a.propose('lead', DASHBOARDS, 'g-operate-efficiently'));
    const accepted = okData(await a.answer('exec', mine.id, 1, { action: 'accept' }));
    expect(accepted.rounds.at(-1)).toMatchObject({ action: 'accept', asEditor: false, side: 'provider' });
  });
});

describe('the asking side answers', () => {
  it('runs the issue’s round trip: the lead asks, the exec counters as editor, the lead accepts; three rounds with names and times', async () => {
    const p = okData(await a.propose('lead', PRODUCT, ENGINEERING, { neededBy: later(107) }));
    const c = okData(await a.answer('exec', p.id, 1, { action: 'counter', neededBy: later(121), terms: 'A stable ingestion API, two weeks later' }));
    expect(c.rounds.at(-1)).toMatchObject({ by: { displayName: 'Helen Marsh' }, asEditor: true, side: 'provider' });
    // Having spoken for the providing side, the exec does not answer her own counter for the asking side.
    expect(c.can).toEqual([]);
    const done = okData(await a.answer('lead', p.id, 2, { action: 'accept' }));
    expect(done).toMatchObject({ state: 'accepted', neededBy: later(121), answeredBy: { displayName: 'Helen Marsh' } });
    expect(done.rounds.map((r) => [r.action, r.by.displayName, r.at.slice(0, 10)])).toEqual([
      ['propose', 'Daniel Okafor', DEMO_TODAY],
      ['counter', 'Helen Marsh', DEMO_TODAY],
      ['accept', 'Daniel Okafor', DEMO_TODAY],
    ]);
    const [asker, provider] = [okData(await a.forGoal('lead', PRODUCT)), okData(await a.forGoal('exec', ENGINEERING))];
    expect(asker.reliesOn.find((x) => x.id === p.id)?.summary).toBe(done.summary);
    expect(provider.reliedOnBy.find((x) => x.id === p.id)?.summary).toBe(done.summary);
  });

  it('lets the lead withdraw his own request, and not the providing side', async () => {
    const p = okData(await a.propose('lead', PRODUCT, ENGINEERING));
    const q = await euAsksDashboards();
    expect(await a.answer('lead', q.id, 1, { action: 'withdraw' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(okData(await a.answer('lead', p.id, 1, { action: 'withdraw', reason: 'Solved another way' })).state).toBe('withdrawn');
  });

  it('lets either side mark agreed support fulfilled, and only the asking side mark it broken', async () => {
    const p = await euAsksDashboards();
    okData(await a.answer('lead', p.id, 1, { action: 'accept' }));
    expect(await a.answer('lead', p.id, 2, { action: 'break', reason: 'Late' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await a.answer('member', p.id, 2, { action: 'fulfil' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(okData(await a.answer('lead', p.id, 2, { action: 'fulfil', note: 'Shipped in 3.0.2' })).state).toBe('fulfilled');
    const q = okData(await a.propose('lead', PRODUCT, ENGINEERING));
    okData(await a.answer('exec', q.id, 1, { action: 'accept' }));
    const broken = okData(await a.answer('lead', q.id, 2, { action: 'break', reason: 'Slipped twice' }));
    expect(broken.rounds.at(-1)).toMatchObject({ action: 'break', asEditor: false, text: 'Slipped twice' });
  });

  it('refuses an answer that does not fit the state with VALIDATION on the action', async () => {
    const p = await euAsksDashboards();
    const out = await a.answer('lead', p.id, 1, { action: 'fulfil' });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'answer.action' }] } });
  });
});

describe('the providing side says agreed support is in danger', () => {
  /** EU region relies on Dashboards 3.0, agreed by the lead (who manages Dashboards). */
  const agreedByLead = async () => {
    const p = await euAsksDashboards();
    return okData(await a.answer('lead', p.id, 1, { action: 'accept' }));
  };

  it('lets the lead flag a risk with his words; the asking side reads it first among the risks, and he may clear it', async () => {
    const v = await agreedByLead();
    expect(v.can).toEqual(expect.arrayContaining(['fulfil', 'flag', 'counter']));
    expect(v.can).not.toContain('unflag');
    const f = okData(await a.answer('lead', v.id, 2, { action: 'flag', reason: 'Our designer leaves in January' }));
    expect(f).toMatchObject({ state: 'accepted', version: 3, can: expect.arrayContaining(['unflag', 'flag', 'fulfil']) });
    expect(f.rounds.at(-1)).toMatchObject({ action: 'flag', by: { displayName: 'Daniel Okafor' }, text: 'Our designer leaves in January', side: 'provider' });
    const asker = okData(await a.forGoal('exec', EU_REGION)).reliesOn.find((x) => x.id === v.id)!;
    expect(asker.risks[0]).toEqual({
      reason: 'provider-flagged',
      sentence: expect.stringMatching(/^“.+” flagged a risk to delivering it on .+: “Our designer leaves in January”$/),
    });
    expect(auditOf(v.id).map((e) => e.action)).toEqual(['create', 'update', 'update']);

    const cleared = okData(await a.answer('lead', v.id, 3, { action: 'unflag', note: 'A contractor covers it' }));
    expect(cleared.risks.map((r) => r.reason)).not.toContain('provider-flagged');
    expect(cleared.can).not.toContain('unflag');
  });

  it('lets the asking side acknowledge the flag with what it will do; the provider reads it, and the flag stands', async () => {
    const v = await agreedByLead();
    okData(await a.answer('lead', v.id, 2, { action: 'flag', reason: 'Our designer leaves in January' }));
    const asker = okData(await a.forGoal('exec', EU_REGION)).reliesOn.find((x) => x.id === v.id)!;
    expect(asker.can).toContain('acknowledge');
    const noted = okData(await a.answer('exec', v.id, 3, { action: 'acknowledge', note: 'We launch without the new dashboards' }));
    expect(noted).toMatchObject({ state: 'accepted', version: 4 });
    expect(noted.can).not.toContain('acknowledge');
    // She holds neither goal: she acknowledges as a strategy editor, for the asking goal.
    expect(noted.rounds.at(-1)).toMatchObject({ action: 'acknowledge', side: 'asker', asEditor: true, text: 'We launch without the new dashboards' });
    const provider = okData(await a.forGoal('lead', DASHBOARDS)).reliedOnBy.find((x) => x.id === v.id)!;
    expect(provider.rounds.at(-1)).toMatchObject({ action: 'acknowledge', text: 'We launch without the new dashboards' });
    expect(provider.risks[0]?.reason).toBe('provider-flagged');
    expect(provider.can).toEqual(expect.arrayContaining(['unflag', 'flag']));
    const twice = await writesDuring(t, () => a.answer('exec', v.id, 4, { action: 'acknowledge' }));
    expect(twice.out).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'answer.action', message: expect.stringMatching(/acknowledged already/) }] },
    });
    expect(twice.writes).toEqual([]);
  });

  it('never lets renegotiated support end as “declined”: the asking side may mark it broken instead', async () => {
    const v = await agreedByLead();
    okData(await a.answer('lead', v.id, 2, { action: 'counter', neededBy: later(120), terms: 'Monthly, not weekly' }));
    const back = okData(await a.answer('exec', v.id, 3, { action: 'counter', neededBy: later(90), terms: 'Weekly, as agreed' }));
    expect(back.can).not.toContain('decline');
    const { out, writes } = await writesDuring(t, () => a.answer('lead', v.id, 4, { action: 'decline', reason: 'We cannot' }));
    expect(out).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', details: [{ path: 'answer.action', message: expect.stringMatching(/^This support was agreed before/) }] },
    });
    expect(writes).toEqual([]);
    okData(await a.answer('lead', v.id, 4, { action: 'counter', neededBy: later(120), terms: 'Monthly is all we can do' }));
    expect(okData(await a.answer('exec', v.id, 5, { action: 'break', reason: 'Monthly does not serve the launch' })).state).toBe('broken');
  });

  it('lets the lead propose new terms for what was agreed; it waits for the asking side again', async () => {
    const v = await agreedByLead();
    const c = okData(await a.answer('lead', v.id, 2, { action: 'counter', neededBy: later(120), terms: 'Exports, monthly not weekly' }));
    expect(c).toMatchObject({ state: 'countered', turn: 'asker', neededBy: later(120), ask: 'Exports, monthly not weekly' });
    expect(okData(await a.answer('exec', v.id, 3, { action: 'accept' }))).toMatchObject({ state: 'accepted', neededBy: later(120) });
  });

  it.each([
    ['member', { action: 'flag', reason: 'Looks late to me' }],
    ['member', { action: 'unflag' }],
    ['member', { action: 'counter', neededBy: later(120), terms: 'Later' }],
    ['member', { action: 'acknowledge' }],
    // The provider does not acknowledge its own flag for the side that relies on it.
    ['lead', { action: 'acknowledge', note: 'Noted' }],
  ] as const)('refuses the %s’s %j with FORBIDDEN and stores nothing', async (who, answer) => {
    const v = await agreedByLead();
    okData(await a.answer('lead', v.id, 2, { action: 'flag', reason: 'Our designer leaves in January' }));
    const { out, writes } = await writesDuring(t, () => a.answer(who, v.id, 3, answer));
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes).toEqual([]);
  });

  it('refuses clearing a flag nobody raised, and a flag without words, with VALIDATION and nothing stored', async () => {
    const v = await agreedByLead();
    const unflag = await writesDuring(t, () => a.answer('lead', v.id, 2, { action: 'unflag' }));
    expect(unflag.out).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'answer.action' }] } });
    expect(unflag.writes).toEqual([]);
    const empty = await writesDuring(t, () => a.answer('lead', v.id, 2, { action: 'flag', reason: '' }));
    expect(empty.out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(empty.writes).toEqual([]);
  });
});

describe('committing a goal to its parent', () => {
  it('lets the lead commit Dashboards 3.0; the parent’s page shows “Committed by Daniel Okafor on …”', async () => {
    const v = okData(await a.commit('lead', DASHBOARDS, null));
    expect(v).toMatchObject({
      status: 'committed',
      state: 'committed',
      asEditor: false,
      summary: 'Committed by Daniel Okafor on 28 Nov 2026',
      version: 1,
      canCommit: true,
    });
    const parent = okData(await a.forGoal('exec', PRODUCT));
    expect(parent.childCommitments.find((c) => c.goal.id === DASHBOARDS)?.summary).toBe('Committed by Daniel Okafor on 28 Nov 2026');
    const stored = t.forge.kvs.snapshot().entities['commitment']![DASHBOARDS]!.value as { record: { id: string } };
    expect(auditOf(stored.record.id)).toEqual([expect.objectContaining({ entity: 'commitment', action: 'create', asEditor: false })]);
  });

  it('lets the exec commit a goal she holds no role on, as editor', async () => {
    const v = okData(await a.commit('exec', EU_REGION, null));
    expect(v).toMatchObject({ asEditor: true, summary: 'Committed by Helen Marsh (as editor) on 28 Nov 2026' });
  });

  it('lets the lead raise a concern instead, and renew it at the version he saw', async () => {
    const first = okData(await a.commit('lead', DASHBOARDS, null, { state: 'concern', text: 'Only with a second designer' }));
    expect(first.summary).toBe('Concern raised by Daniel Okafor on 28 Nov 2026');
    const again = okData(await a.commit('lead', DASHBOARDS, 1));
    expect(again).toMatchObject({ status: 'committed', version: 2 });
    expect(again.rounds.map((r) => r.action)).toEqual(['concern', 'committed']);
  });

  it.each(['member', 'outsider'] as PersonaId[])('refuses the %s with FORBIDDEN and stores nothing', async (who) => {
    const { out, writes } = await writesDuring(t, () => a.commit(who, DASHBOARDS, null));
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(writes).toEqual([]);
  });

  it('answers the member naming the restricted goal as for a goal that does not exist', async () => {
    expect(await a.commit('member', RESTRICTED, null)).toEqual(await a.commit('member', 'g-nothing-here', null));
  });

  it('asks for the commitment again once the parent’s target changes', async () => {
    okData(await a.commit('lead', DASHBOARDS, null));
    const parent = t.demo.strategy.goals.find((g) => g.id === PRODUCT)!;
    const edited = await t.as('exec', {
      moduleKey: 'throughline-strategy',
      functionKey: 'catalog/update',
      payload: {
        id: PRODUCT,
        expectedVersion: parent.version,
        input: {
          title: parent.title,
          description: parent.description,
          level: parent.level,
          parentId: parent.parentId,
          leaderId: parent.leaderId,
          managerId: parent.managerId,
          timeframe: { start: parent.timeframe.start, end: later(400) },
          stage: parent.stage,
          status: 'active',
        },
      },
    });
    expect(edited.ok).toBe(true);
    const page = okData(await a.forGoal('lead', DASHBOARDS));
    expect(page.commitment).toMatchObject({
      status: 'ask-again',
      summary: 'Asked again: the parent’s target changed since Daniel Okafor committed on 28 Nov 2026',
    });
  });
});
