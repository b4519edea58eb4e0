// Check-ins that take input from the work: the goal's leader or manager ticks open input in the check-in form;
// the check-in records how many it took and each piece is marked taken into it, in ONE transaction, so a failure
// leaves neither (the write-fault sweeps run the same case with storage and Jira failing at every step).
import { forgeCheckInStore } from '../../src/platform/storage/check-in-store';
import { forgeInputStore } from '../../src/platform/storage/input-store';
import type { CheckIn } from '../../src/shared/model/check-in';
import type { PersonaId } from '../support/local-forge';
import { DASHBOARDS, inputFixture, sent, STRATEGY, view, WAITING, type InputFixture } from './input-fixture';

let f: InputFixture;
beforeEach(async () => {
  f = await inputFixture();
});

const checkIn = (persona: PersonaId, inputIds: string[], goalId = DASHBOARDS) =>
  f.t.as(persona, {
    moduleKey: STRATEGY,
    functionKey: 'scorecards/check-in-add',
    payload: { goalId, input: { status: 'on-track', confidence: 4, learnings: 'Took the team’s input', inputIds } },
  });

const nothingStored = async (call: () => ReturnType<typeof checkIn>, code: string) => {
  const [checkIns, inputs] = [await forgeCheckInStore.list(DASHBOARDS, 50), await f.stored()];
  f.t.forge.kvs.log.reset();
  const out = await call();
  expect(out.ok ? 'ok' : out.error!.code).toBe(code);
  expect(f.t.forge.kvs.log.entries().filter((e) => /set|delete|transaction/.test(e.op) && e.status < 300)).toEqual([]);
  expect(await forgeCheckInStore.list(DASHBOARDS, 50)).toEqual(checkIns);
  expect(await f.stored()).toEqual(inputs);
};

describe('a check-in that takes input', () => {
  it('lists the goal’s open input for its manager, records how many it took and marks each taken into it', async () => {
    const mine = sent(await f.leave('member', {})).input;
    const open = view(await f.goalInput('lead')).items.filter((i) => i.triage.state === 'open');
    expect(open.map((i) => i.id)).toEqual(expect.arrayContaining([mine.id, WAITING]));
    f.t.forge.kvs.log.reset();
    const out = await checkIn('lead', [mine.id]);
    expect(out.ok).toBe(true);
    const saved = out.data as CheckIn;
    expect(saved.inputsTaken).toBe(1);
    expect(
      f.t.forge.kvs.log
        .entries()
        .filter((e) => /set|delete|transaction/.test(e.op))
        .map((e) => e.op),
    ).toEqual(['transaction']);
    expect((await forgeInputStore.get(mine.id))?.triage).toMatchObject({ state: 'taken', checkInId: saved.id });
    expect((await forgeCheckInStore.list(DASHBOARDS, 1))[0]).toMatchObject({ id: saved.id, inputsTaken: 1 });
    // The author sees where it went.
    expect(view(await f.goalInput('member')).items[0]?.triage).toMatchObject({ state: 'taken', checkInId: saved.id });
  });

  it('takes input the manager set aside for the next check-in', async () => {
    await f.triage('lead', WAITING, { kind: 'take' });
    const saved = (await checkIn('lead', [WAITING])).data as CheckIn;
    expect((await forgeInputStore.get(WAITING))?.triage).toMatchObject({ state: 'taken', checkInId: saved.id });
  });

  it('keeps check-ins from before input existed valid, taking none', async () => {
    const old = (await forgeCheckInStore.list(DASHBOARDS, 50)).at(-1)!;
    expect(old.inputsTaken).toBeUndefined();
    const out = await f.t.as('lead', {
      moduleKey: STRATEGY,
      functionKey: 'scorecards/check-in-add',
      payload: { goalId: DASHBOARDS, input: { status: 'on-track', confidence: 4 } },
    });
    expect(out.ok && (out.data as CheckIn).inputsTaken).toBeUndefined();
  });

  it.each([
    ['exec', 'FORBIDDEN'],
    ['member', 'FORBIDDEN'],
    ['outsider', 'FORBIDDEN'],
  ] as const)('refuses %s taking input (%s): triage is the leader’s and manager’s', async (persona, code) => {
    await nothingStored(() => checkIn(persona, [WAITING]), code);
  });

  it('refuses input on another goal as missing, and stores no check-in', async () => {
    await nothingStored(() => checkIn('lead', ['in-demo-analytics-scope']), 'NOT_FOUND');
    await nothingStored(() => checkIn('lead', ['in-no-such-input']), 'NOT_FOUND');
  });

  it('refuses input answered since the form was opened, and stores no check-in', async () => {
    await f.triage('lead', WAITING, { kind: 'answer', text: 'Answered in another tab' });
    await nothingStored(() => checkIn('lead', [WAITING]), 'CONFLICT');
  });

  it('refuses more than ten pieces at once with VALIDATION', async () => {
    await nothingStored(
      () =>
        checkIn(
          'lead',
          Array.from({ length: 11 }, (_, n) => `in-${n}`),
        ),
      'VALIDATION',
    );
  });

  it('refuses a check-in whose transaction fails, leaving the input open', async () => {
    f.t.forge.kvs.setFaults({ errorEvery: 1, ops: ['transaction'] });
    const out = await checkIn('lead', [WAITING]);
    f.t.forge.kvs.setFaults({});
    expect(out).toMatchObject({ ok: false, error: { code: 'UPSTREAM' } });
    expect((await forgeInputStore.get(WAITING))?.triage.state).toBe('open');
    expect((await forgeCheckInStore.list(DASHBOARDS, 50)).some((c) => c.learnings === 'Took the team’s input')).toBe(false);
  });
});
