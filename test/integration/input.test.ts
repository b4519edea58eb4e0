// Input from the work through the real resolvers on the demo organisation, per persona and per action: leaving it
// from the issue panel (exec, lead and member may browse INS-3; the outsider may not), reading it on the goal page
// (the lead manages Dashboards 3.0; the exec is a strategy editor; the member and the outsider hold no role), and
// triaging it. Refusals are coded and store nothing.
import { ACCOUNTS } from '../../dev/demo';
import { INPUT_PER_DAY } from '../../src/shared/model/input';
import { accountOf } from '../support/local-forge';
import { ANONYMOUS, DASHBOARDS, inputFixture, item, RESTRICTED, sent, steps, STORY, STRATEGY, view, WAITING, type InputFixture } from './input-fixture';

let f: InputFixture;
beforeEach(async () => {
  f = await inputFixture();
});

const writes = (fx: InputFixture) =>
  fx.t.forge.kvs.log
    .entries()
    .filter((e) => /set|delete|transaction/.test(e.op))
    .map((e) => e.op);

/** Runs a call that must be refused: answers the code, and storage takes no write. */
const refused = async (call: () => ReturnType<InputFixture['leave']>, code: string) => {
  const before = JSON.stringify(await f.stored());
  f.t.forge.kvs.log.reset();
  const out = await call();
  expect(out.ok ? 'ok' : out.error!.code).toBe(code);
  expect(writes(f)).toEqual([]);
  expect(JSON.stringify(await f.stored())).toBe(before);
  return out.error!;
};

describe('leaving input from the issue panel', () => {
  it.each(['exec', 'lead', 'member'] as const)('lets %s, who may browse the story, leave input on its goal', async (persona) => {
    const out = sent(await f.leave(persona, {}));
    expect(out.input).toMatchObject({ goalId: DASHBOARDS, kind: 'change', mine: true, triage: { state: 'open' }, issue: { key: STORY } });
    expect((await f.stored()).some((i) => i.id === out.input.id && i.authorId === accountOf(persona))).toBe(true);
  });

  it('says who will read it: the goal’s leader and manager', async () => {
    expect(sent(await f.leave('member', {})).readers).toEqual({
      goalTitle: 'Dashboards 3.0',
      leader: { accountId: ACCOUNTS.vpProduct, displayName: 'Tom Becker' },
      manager: { accountId: ACCOUNTS.lead, displayName: 'Daniel Okafor' },
    });
  });

  it('takes input on every goal of the story’s chain', async () => {
    const chain = ((await f.panel('member')).data as { chain: { id: string }[] }).chain.map((l) => l.id);
    expect(chain).toEqual([DASHBOARDS, 'g-product-differentiation', 'g-grow-arr']);
    for (const goalId of chain) expect(sent(await f.leave('member', { goalId })).input.goalId).toBe(goalId);
  });

  it('stores the input, the day’s count and the audit event in one transaction', async () => {
    f.t.forge.kvs.log.reset();
    const out = sent(await f.leave('member', { text: '  Pair on the migration  ' }));
    expect(writes(f)).toEqual(['transaction']);
    expect(out.input.text).toBe('Pair on the migration');
    expect(await f.audit(out.input.id)).toEqual([
      expect.objectContaining({
        entity: 'input',
        action: 'create',
        by: accountOf('member'),
        after: expect.objectContaining({ authorName: 'Sofia Lindqvist' }),
      }),
    ]);
  });

  it('refuses the outsider, who may not browse the story, as if it did not exist', async () => {
    await refused(() => f.leave('outsider', {}), 'NOT_FOUND');
  });

  it('refuses a goal the story does not serve', async () => {
    const e = await refused(() => f.leave('member', { goalId: 'g-engineering-excellence' }), 'VALIDATION');
    expect(e.message).toMatch(/does not serve that goal/);
  });

  it('answers a goal the caller may not see exactly as a goal that does not exist', async () => {
    const hidden = await refused(() => f.leave('member', { goalId: RESTRICTED }), 'NOT_FOUND');
    const missing = await refused(() => f.leave('member', { goalId: 'g-no-such-goal' }), 'NOT_FOUND');
    expect(hidden).toEqual(missing);
  });

  it('gives the outsider no goal to act on from the only work he sees, and refuses one named by hand', async () => {
    const docs = f.t.issue((i) => i.key.startsWith('DOCS-'));
    expect(((await f.panel('outsider', docs.key)).data as { chain: unknown[] }).chain).toEqual([]);
    await refused(() => f.leave('outsider', { issue: docs.key }, docs.key), 'VALIDATION');
    await refused(() => f.leave('outsider', { issue: docs.key, goalId: RESTRICTED }, docs.key), 'NOT_FOUND');
  });

  it.each([
    ['text over 1,000 characters', { text: 'x'.repeat(1001) }],
    ['a lone surrogate', { text: 'broken \uD800 text' }],
    ['only spaces', { text: '   ' }],
    ['an unknown kind', { kind: 'idea' }],
    ['anonymous as a string', { anonymous: 'yes' }],
    ['an author named in the payload', { authorId: accountOf('exec') }],
    ['an issue that is not a key', { issue: '../../myself' }],
  ])('refuses %s with VALIDATION', async (_name, body) => {
    await refused(() => f.leave('member', body), 'VALIDATION');
  });

  it('accepts exactly 1,000 characters', async () => {
    expect(sent(await f.leave('member', { text: 'y'.repeat(1000) })).input.text).toHaveLength(1000);
  });

  it('refuses a payload naming another issue than the panel shows', async () => {
    await refused(
      () =>
        f.t.as('member', {
          moduleKey: 'throughline-goal-panel',
          functionKey: 'panel/input-add',
          payload: { issue: STORY, goalId: DASHBOARDS, kind: 'change', text: 'x' },
          extension: { issue: { key: 'INS-8' } },
        }),
      'VALIDATION',
    );
  });

  it('answers UNAUTHENTICATED without a principal', async () => {
    await refused(() => f.leave(null, {}), 'UNAUTHENTICATED');
  });
});

describe('the daily limit', () => {
  it(`takes ${INPUT_PER_DAY} pieces of input a day per person and goal, then says to come back tomorrow`, async () => {
    for (let n = 0; n < INPUT_PER_DAY; n++) expect((await f.leave('member', { text: `thought ${n}` })).ok).toBe(true);
    const e = await refused(() => f.leave('member', { text: 'one more' }), 'VALIDATION');
    expect(e.message).toMatch(/5 pieces of input on “Dashboards 3.0” today.*tomorrow/);
    // Another goal, and another person, are counted apart.
    expect((await f.leave('member', { goalId: 'g-product-differentiation' })).ok).toBe(true);
    expect((await f.leave('lead', {})).ok).toBe(true);
    // The app's next day (its clock, never the wall clock) starts afresh.
    f.t.clock.setDay('2026-11-29');
    expect((await f.leave('member', { text: 'a new day' })).ok).toBe(true);
  });
});

describe('reading a goal’s input', () => {
  it('shows the goal’s manager every piece with its author, anonymous ones too, and the issue as a link', async () => {
    const mine = sent(await f.leave('member', {}));
    const v = view(await f.goalInput('lead'));
    expect(v.access).toBe('triage');
    expect(v.items.find((i) => i.id === mine.input.id)).toMatchObject({ author: { displayName: 'Sofia Lindqvist' }, issue: { key: STORY } });
    expect(v.items.find((i) => i.id === ANONYMOUS)).toMatchObject({ anonymous: true, author: { displayName: 'Lucas Moreau' } });
    expect(v.counts).toMatchObject({ total: 4, open: 3, answered: 1 });
  });

  it('shows the goal’s leader the same (Tom Becker is no persona: called with his account)', async () => {
    const out = await f.t.forge.invoke({ moduleKey: STRATEGY, functionKey: 'input/goal', payload: { goalId: DASHBOARDS }, accountId: ACCOUNTS.vpProduct });
    expect(view(out as never).access).toBe('triage');
  });

  it('shows a strategy editor every piece, and “Anonymous” for anonymous input', async () => {
    const v = view(await f.goalInput('exec'));
    expect(v.access).toBe('read');
    expect(v.items).toHaveLength(3);
    expect(v.items.find((i) => i.id === ANONYMOUS)?.author).toBeNull();
    expect(v.items.find((i) => i.id === WAITING)?.author).toMatchObject({ displayName: 'Aisha Khan' });
    expect(JSON.stringify(v)).not.toContain('Lucas Moreau');
    expect(JSON.stringify(v)).not.toContain(ACCOUNTS.lucas);
  });

  it.each(['member', 'outsider'] as const)('shows %s, who neither leads nor manages it, only the counts and their own input', async (persona) => {
    const own = persona === 'member' ? sent(await f.leave('member', {})).input.id : null;
    const v = view(await f.goalInput(persona));
    expect(v.access).toBe('counts');
    expect(v.counts.total).toBe(own ? 4 : 3);
    expect(v.items.map((i) => i.id)).toEqual(own ? [own] : []);
    const said = JSON.stringify(v);
    for (const seeded of f.t.demo.strategy.input!) {
      expect(said).not.toContain(seeded.now.text);
      expect(said).not.toContain(seeded.now.authorName);
    }
  });

  it('answers a forged read of a restricted goal’s input as a goal that does not exist', async () => {
    for (const persona of ['member', 'outsider'] as const) {
      const hidden = await f.goalInput(persona, RESTRICTED);
      const missing = await f.goalInput(persona, 'g-no-such-goal');
      expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
      expect(hidden).toEqual(missing);
    }
  });

  it('shows the issue as a link only to readers who may browse it', async () => {
    // The exec leaves input on "Grow ARR" from the restricted ATLAS project; Anika Sharma, a strategy editor outside
    // the deal team, reads it without the issue.
    const atlas = f.t.issue((i) => i.key.startsWith('ATLAS-') && i.parentId !== undefined);
    const left = sent(await f.leave('exec', { issue: atlas.key, goalId: 'g-grow-arr' }, atlas.key)).input;
    expect(view(await f.goalInput('exec', 'g-grow-arr')).items.find((i) => i.id === left.id)?.issue?.key).toBe(atlas.key);
    const out = await f.t.forge.invoke({
      moduleKey: STRATEGY,
      functionKey: 'input/goal',
      payload: { goalId: 'g-grow-arr' },
      accountId: ACCOUNTS.vpEngineering,
    });
    const asEditor = view(out as never);
    expect(asEditor.access).toBe('read');
    expect(asEditor.items.find((i) => i.id === left.id)).toMatchObject({ issue: null, author: { displayName: 'Helen Marsh' } });
    expect(JSON.stringify(asEditor)).not.toContain(atlas.key);
  });
});

describe('triaging input', () => {
  it('lets the goal’s manager answer, and the author reads the answer on the panel and on the goal page', async () => {
    const mine = sent(await f.leave('member', {})).input;
    const answered = item(await f.triage('lead', mine.id, { kind: 'answer', text: 'Agreed: pairing days from next sprint' }));
    expect(answered.triage).toMatchObject({ state: 'answered', answer: 'Agreed: pairing days from next sprint', by: { displayName: 'Daniel Okafor' } });
    const panel = (await f.panel('member')).data as { input: { mine: { id: string; triage: { answer?: string } }[] } };
    expect(panel.input.mine.find((i) => i.id === mine.id)?.triage.answer).toBe('Agreed: pairing days from next sprint');
    expect(view(await f.goalInput('member')).items[0]?.triage).toMatchObject({ state: 'answered', answer: 'Agreed: pairing days from next sprint' });
  });

  it.each([
    ['take it into the next check-in', { kind: 'take' }, { state: 'taken', checkInId: null }],
    ['say not now, with a reason', { kind: 'not-now', reason: 'After the launch' }, { state: 'not-now', reason: 'After the launch' }],
  ])('lets the manager %s', async (_name, decision, triage) => {
    expect(item(await f.triage('lead', WAITING, decision)).triage).toMatchObject(triage);
    expect((await f.audit(WAITING))[0]).toMatchObject({ action: 'update', by: accountOf('lead') });
  });

  it('refuses a strategy editor, who reads but does not triage', async () => {
    await refused(() => f.triage('exec', WAITING, { kind: 'answer', text: 'x' }), 'FORBIDDEN');
  });

  it('refuses the author triaging their own input', async () => {
    const mine = sent(await f.leave('member', {})).input;
    await refused(() => f.triage('member', mine.id, { kind: 'answer', text: 'I agree with myself' }), 'FORBIDDEN');
  });

  it.each(['member', 'outsider'] as const)('answers %s, who may only count it, as if it did not exist', async (persona) => {
    const hidden = await refused(() => f.triage(persona, WAITING, { kind: 'answer', text: 'x' }), 'NOT_FOUND');
    const missing = await refused(() => f.triage(persona, 'in-no-such-input', { kind: 'answer', text: 'x' }, 1), 'NOT_FOUND');
    expect(hidden).toEqual(missing);
  });

  it('refuses a stale version with CONFLICT, saying what is stored now as the triager reads it', async () => {
    await f.triage('lead', WAITING, { kind: 'take' });
    const error = await refused(() => f.triage('lead', WAITING, { kind: 'answer', text: 'x' }, 1), 'CONFLICT');
    // The stored record carries what a reader may not be told (the issue's id, the author's id): only its view goes out.
    const now = view(await f.goalInput('lead')).items.find((i) => i.id === WAITING);
    expect(error.details).toEqual({ current: now });
  });

  it.each([
    ['an answer over 1,000 characters', { kind: 'answer', text: 'x'.repeat(1001) }],
    ['an empty reason', { kind: 'not-now', reason: ' ' }],
    ['a lone surrogate', { kind: 'answer', text: '\uDC00' }],
    ['an unknown decision', { kind: 'delete' }],
  ])('refuses %s with VALIDATION', async (_name, decision) => {
    await refused(() => f.triage('lead', WAITING, decision), 'VALIDATION');
  });

  it('answers input on a restricted goal, to those who may not see it, as missing input', async () => {
    const atlas = f.t.issue((i) => i.key.startsWith('ATLAS-') && i.parentId !== undefined);
    const left = sent(await f.leave('exec', { issue: atlas.key, goalId: RESTRICTED }, atlas.key)).input;
    for (const persona of ['member', 'outsider', 'lead'] as const) {
      expect(await refused(() => f.triage(persona, left.id, { kind: 'answer', text: 'x' }), 'NOT_FOUND')).toMatchObject({
        message: 'This input does not exist, or you may not see it',
      });
      expect(await f.history(persona, left.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
  });
});

describe('the anonymous rule', () => {
  it('hides the author from everyone but the goal’s leader and manager, in the audit trail too', async () => {
    const left = sent(await f.leave('member', { anonymous: true })).input;
    expect(left).toMatchObject({ anonymous: true, author: { displayName: 'Sofia Lindqvist' }, mine: true });
    await f.triage('lead', left.id, { kind: 'answer', text: 'Thanks, whoever you are' });
    // Stored with its author: the leader and manager may know, and the audit keeps who did what.
    expect((await f.stored()).find((i) => i.id === left.id)?.authorId).toBe(accountOf('member'));
    expect((await f.audit(left.id)).map((e) => e.by).sort()).toEqual([accountOf('lead'), accountOf('member')].sort());

    const asLead = view(await f.goalInput('lead')).items.find((i) => i.id === left.id);
    expect(asLead?.author?.displayName).toBe('Sofia Lindqvist');
    expect(steps(await f.history('lead', left.id)).map((s) => [s.action, s.by?.displayName])).toEqual([
      ['left', 'Sofia Lindqvist'],
      ['answered', 'Daniel Okafor'],
    ]);

    const asExec = view(await f.goalInput('exec')).items.find((i) => i.id === left.id);
    expect(asExec?.author).toBeNull();
    const execHistory = steps(await f.history('exec', left.id));
    expect(execHistory.map((s) => [s.action, s.by?.displayName ?? 'Anonymous'])).toEqual([
      ['left', 'Anonymous'],
      ['answered', 'Daniel Okafor'],
    ]);
    const toExec = JSON.stringify([asExec, execHistory]);
    expect(toExec).not.toContain('Sofia');
    expect(toExec).not.toContain(accountOf('member'));

    // The author still sees it as hers, with the answer.
    expect(steps(await f.history('member', left.id))[0]?.by?.displayName).toBe('Sofia Lindqvist');
    // Everyone else may not even open its history.
    expect(await f.history('outsider', left.id)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the issue panel', () => {
  it('stays within one Jira call and three storage reads (two, and one for the viewer’s own input)', async () => {
    sent(await f.leave('member', {}));
    f.t.forge.jira.log.reset();
    f.t.forge.kvs.log.reset();
    const out = await f.panel('member');
    expect(out.ok).toBe(true);
    expect(f.t.forge.jira.log.count()).toBe(1);
    // The catalog's shards (one batch/get), the epic's mirror, the project's alignment and the health board (one
    // batch/get), and the viewer's latest input (entity/query), the query running alongside the panel's own reads.
    expect(
      f.t.forge.kvs.log
        .entries()
        .map((e) => e.op)
        .sort(),
    ).toEqual(['batch/get', 'batch/get', 'entity/query']);
    expect(writes(f)).toEqual([]);
  });

  it('shows the viewer their own input on the chain’s goals, and nobody else’s', async () => {
    const mine = sent(await f.leave('member', {})).input;
    const panel = (await f.panel('member')).data as { input: { mine: { id: string }[] } };
    expect(panel.input.mine.map((i) => i.id)).toEqual([mine.id]);
    const lead = (await f.panel('lead')).data as { input: { mine: unknown[] } };
    expect(lead.input.mine).toEqual([]);
  });
});

describe('the gap “input unanswered for 14 days”', () => {
  const gapsOf = async (persona: 'exec' | 'lead' | 'member') =>
    (
      (await f.t.as(persona, { moduleKey: STRATEGY, functionKey: 'gaps/list', payload: {} })).data as { gaps: { id: string; who: string; why: string }[] }
    ).gaps.filter((g) => g.id.startsWith('input-unanswered:'));

  it('shows Dashboards 3.0’s 20-day-old open input, fixed by its leader or manager, in counts only', async () => {
    for (const persona of ['exec', 'lead', 'member'] as const) {
      const gaps = await gapsOf(persona);
      expect(gaps.map((g) => g.id)).toEqual([`input-unanswered:${DASHBOARDS}`]);
      expect(gaps[0]?.who).toBe('Tom Becker (its leader) or Daniel Okafor (its manager)');
      expect(gaps[0]?.why).not.toContain('Aisha');
    }
  });

  it('closes once the input is answered', async () => {
    await f.triage('lead', WAITING, { kind: 'answer', text: 'Yes: a switch per dashboard, in the next release' });
    expect(await gapsOf('lead')).toEqual([]);
  });
});
