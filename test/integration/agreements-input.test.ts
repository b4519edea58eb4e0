// Bad input and races on agreements: every refusal has a code and stores nothing; two people answering at once never
// lose an update (one gets CONFLICT with both versions and the agreement as it now is).
import type { KvsSnapshot } from '@throughline/local-forge/kvs';
import type { AuditEvent } from '../../src/shared/model/audit';
import type { SupportView } from '../../src/shared/api/agreements';
import { demoForge, type DemoForge } from '../support/local-forge';
import { agreementsOf, DASHBOARDS, ENGINEERING, EU_REGION, later, okData, PRODUCT, writesDuring, type Out } from './agreements-fixture';

let t: DemoForge;
let a: ReturnType<typeof agreementsOf>;
beforeEach(async () => {
  t = await demoForge();
  a = agreementsOf(t);
});

const stored = (id: string) => (t.forge.kvs.snapshot().entities['agreement']?.[id]?.value as { record: SupportView } | undefined)?.record;
const audits = (entityId: string): AuditEvent[] =>
  Object.values(t.forge.kvs.snapshot().entities['audit'] ?? {})
    .map((i) => (i.value as { event: AuditEvent }).event)
    .filter((e) => e.entityId === entityId);

describe('bad input is refused with a code, and nothing is stored', () => {
  const x1001 = 'x'.repeat(1001);
  it.each([
    ['an unknown asking goal', () => a.propose('lead', 'g-nothing-here', ENGINEERING), 'NOT_FOUND'],
    ['an unknown providing goal', () => a.propose('lead', PRODUCT, 'g-nothing-here'), 'NOT_FOUND'],
    ['a goal agreeing with itself', () => a.propose('lead', PRODUCT, PRODUCT), 'VALIDATION'],
    ['a needed-by date before today', () => a.propose('lead', PRODUCT, ENGINEERING, { neededBy: later(-1) }), 'VALIDATION'],
    ['a date that does not exist', () => a.propose('lead', PRODUCT, ENGINEERING, { neededBy: '2027-02-30' }), 'VALIDATION'],
    ['an ask of 1,001 characters', () => a.propose('lead', PRODUCT, ENGINEERING, { ask: x1001 }), 'VALIDATION'],
    ['an empty ask', () => a.propose('lead', PRODUCT, ENGINEERING, { ask: '   ' }), 'VALIDATION'],
    ['an ask with a lone surrogate', () => a.propose('lead', PRODUCT, ENGINEERING, { ask: 'API \uD800 please' }), 'VALIDATION'],
    ['an extra field', () => a.propose('lead', PRODUCT, ENGINEERING, { admin: true }), 'VALIDATION'],
    ['a commitment of 1,001 characters', () => a.commit('lead', DASHBOARDS, null, { text: x1001 }), 'VALIDATION'],
    ['a commitment with a lone surrogate', () => a.commit('lead', DASHBOARDS, null, { text: '\uDC00' }), 'VALIDATION'],
    ['a commitment of a goal with no parent', () => a.commit('exec', 'g-operate-efficiently', null), 'VALIDATION'],
    ['a commitment in another state', () => a.commit('lead', DASHBOARDS, null, { state: 'maybe' }), 'VALIDATION'],
    ['a forged agreement id', () => a.answer('exec', 'ag-0000000000000000', 1, { action: 'accept' }), 'NOT_FOUND'],
    ['an agreement id with a path in it', () => a.answer('exec', '../ag-1', 1, { action: 'accept' }), 'VALIDATION'],
    // Ids named like the members of every object: storage keys like any other, so as unknown as any other.
    ['a commitment of the goal “constructor”', () => a.commit('exec', 'constructor', null), 'NOT_FOUND'],
    ['a commitment of the goal “__proto__”', () => a.commit('member', '__proto__', null), 'NOT_FOUND'],
    ['an agreement “toString”', () => a.answer('exec', 'toString', 1, { action: 'accept' }), 'NOT_FOUND'],
  ] as const)('%s → %s', async (_name, run, code) => {
    const { out, writes } = await writesDuring(t, run as () => Promise<Out<unknown>>);
    expect(out).toMatchObject({ ok: false, error: { code } });
    expect(writes).toEqual([]);
  });

  it.each([
    ['a counter dated before today', { action: 'counter', neededBy: later(-3), terms: 'Sooner' }],
    ['a counter with 1,001 characters of terms', { action: 'counter', neededBy: later(90), terms: 'x'.repeat(1001) }],
    ['a decline with a lone surrogate', { action: 'decline', reason: 'no \uDBFF' }],
    ['a decline without a reason', { action: 'decline' }],
    ['an action that does not exist', { action: 'approve' }],
  ])('refuses %s with VALIDATION and stores nothing', async (_name, answer) => {
    const p = okData(await a.propose('exec', EU_REGION, DASHBOARDS));
    const { out, writes } = await writesDuring(t, () => a.answer('lead', p.id, 1, answer));
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(writes).toEqual([]);
    expect(stored(p.id)).toMatchObject({ version: 1, state: 'proposed' });
  });

  it('refuses a second open request between the same two goals with CONFLICT, naming the open one', async () => {
    const first = okData(await a.propose('lead', PRODUCT, ENGINEERING));
    const { out, writes } = await writesDuring(t, () => a.propose('exec', PRODUCT, ENGINEERING));
    expect(out).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { existingId: first.id } } });
    expect(writes).toEqual([]);
  });

  it('refuses a request that would close a circle of commitments with VALIDATION', async () => {
    okData(await a.propose('lead', PRODUCT, ENGINEERING));
    const { out, writes } = await writesDuring(t, () => a.propose('exec', ENGINEERING, PRODUCT));
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'input.toGoalId' }] } });
    expect(out.error!.message).toContain('circle of commitments');
    expect(writes).toEqual([]);
  });

  it('refuses to commit a goal whose parents lead back to itself (a cycle of commitments), storing nothing', async () => {
    // A catalog no editor can save (the catalog refuses loops): written straight into storage, as bad data would be.
    const snap = t.forge.kvs.snapshot() as KvsSnapshot;
    const catalog = snap.entities['catalog']!['catalog']!.value as { goals: { id: string; parentId: string | null }[] };
    catalog.goals.find((g) => g.id === PRODUCT)!.parentId = DASHBOARDS;
    t.forge.kvs.load(snap);
    const { out, writes } = await writesDuring(t, () => a.commit('lead', DASHBOARDS, null));
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [{ path: 'input.goalId' }] } });
    expect(out.error!.message).toContain('cycle of commitments');
    expect(writes).toEqual([]);
  });
});

describe('two people answering at once', () => {
  it('commits one answer; the other gets CONFLICT with both versions and the agreement as it now is; no update is lost', async () => {
    const p = okData(await a.propose('exec', EU_REGION, DASHBOARDS));
    t.forge.kvs.setFaults({ latencyMs: 30 });
    const [byLead, byExec] = await Promise.all([
      a.answer('lead', p.id, 1, { action: 'accept' }),
      a.answer('exec', p.id, 1, { action: 'withdraw', reason: 'We found another way' }),
    ]);
    t.forge.kvs.setFaults({});
    const outs = [byLead, byExec];
    expect(outs.filter((o) => o.ok)).toHaveLength(1);
    const lost = outs.find((o) => !o.ok)!;
    const won = outs.find((o) => o.ok)!.data!;
    expect(lost.error).toMatchObject({
      code: 'CONFLICT',
      details: { expectedVersion: 1, currentVersion: 2, current: { id: p.id, version: 2, state: won.state } },
    });
    expect(stored(p.id)).toMatchObject({ version: 2, state: won.state });
    expect(
      audits(p.id)
        .map((e) => e.action)
        .sort(),
    ).toEqual(['create', 'update']);
  });

  it('lets answers to different agreements made at the same moment all commit (only the summary raced)', async () => {
    const p = okData(await a.propose('exec', EU_REGION, DASHBOARDS));
    const q = okData(await a.propose('lead', PRODUCT, ENGINEERING));
    t.forge.kvs.setFaults({ latencyMs: 30 });
    const outs = await Promise.all([a.answer('lead', p.id, 1, { action: 'accept' }), a.answer('exec', q.id, 1, { action: 'accept' })]);
    t.forge.kvs.setFaults({});
    expect(outs.map((o) => o.ok)).toEqual([true, true]);
    const board = t.forge.kvs.snapshot().entities['agreement-board']!['support']!.value as { items: { id: string; state: string }[] };
    expect(board.items.filter((i) => [p.id, q.id].includes(i.id)).map((i) => i.state)).toEqual(['accepted', 'accepted']);
  });

  it('keeps one of two identical requests made at once; the other is the duplicate', async () => {
    t.forge.kvs.setFaults({ latencyMs: 30 });
    const outs = await Promise.all([a.propose('lead', PRODUCT, ENGINEERING), a.propose('exec', PRODUCT, ENGINEERING)]);
    t.forge.kvs.setFaults({});
    expect(outs.map((o) => (o.ok ? 'ok' : o.error!.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const board = t.forge.kvs.snapshot().entities['agreement-board']!['support']!.value as { items: { fromGoalId: string; toGoalId: string }[] };
    expect(board.items.filter((i) => i.fromGoalId === PRODUCT && i.toGoalId === ENGINEERING)).toHaveLength(1);
  });

  it('commits one of two first commitments made at once; the other gets CONFLICT', async () => {
    t.forge.kvs.setFaults({ latencyMs: 30 });
    const outs = await Promise.all([a.commit('lead', DASHBOARDS, null), a.commit('exec', DASHBOARDS, null, { state: 'concern', text: 'Not this quarter' })]);
    t.forge.kvs.setFaults({});
    expect(outs.map((o) => (o.ok ? 'ok' : o.error!.code)).sort()).toEqual(['CONFLICT', 'ok']);
    const conflict = outs.find((o) => !o.ok)!;
    expect(conflict.error!.details).toMatchObject({
      expectedVersion: null,
      currentVersion: 1,
      current: { goal: { id: DASHBOARDS }, version: 1, summary: expect.any(String) },
    });
  });
});
