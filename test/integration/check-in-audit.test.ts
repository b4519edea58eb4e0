// Check-ins are audited like every other change: the audit event is written in the same transaction as the
// check-in, so there is never one without the other.
import { auditHistory } from '../../src/platform/storage/audit-log';
import { forgeCheckInStore } from '../../src/platform/storage/check-in-store';
import type { AuditEvent } from '../../src/shared/model/audit';
import type { CheckIn } from '../../src/shared/model/check-in';
import { accountOf, type PersonaId } from '../support/local-forge';
import { scorecardFixture, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

const GOAL = 'g-dashboards-v3';
const input = {
  status: 'at-risk',
  confidence: 2,
  learnings: 'Two customers are stuck on custom widgets',
  risks: 'The old engine stays on',
  decisions: 'Pair with them',
};
const checkIn = (persona: PersonaId, goalId = GOAL) => f.call(persona, 'scorecards/check-in-add', { goalId, input });

describe('auditing check-ins', () => {
  it('records who checked in, when and what, in the one transaction that stores the check-in', async () => {
    f.t.forge.kvs.log.reset();
    const out = await checkIn('lead');
    expect(out.ok).toBe(true);
    const added = out.data as CheckIn;
    const ops = f.t.forge.kvs.log.entries().map((e) => e.op);
    // One transaction writes; nothing is written outside it.
    expect(ops.filter((op) => op === 'transaction')).toHaveLength(1);
    expect(ops.filter((op) => /set|delete/.test(op))).toEqual([]);
    expect(await auditHistory(added.id, 10)).toEqual([
      {
        id: expect.any(String),
        entity: 'check-in',
        entityId: added.id,
        action: 'create',
        at: added.recordedAt,
        by: accountOf('lead'),
        before: null,
        after: added,
      },
    ]);
  });

  it('stores neither the check-in nor its audit event when the transaction fails', async () => {
    const base = await forgeCheckInStore.latestOf(GOAL);
    await checkIn('lead'); // moves the latest check-ins on: `base` is stale now
    const lost: CheckIn = {
      id: 'ci-lost',
      goalId: GOAL,
      date: f.t.demo.today,
      status: 'on-track',
      confidence: 4,
      learnings: '',
      risks: '',
      decisions: '',
      by: accountOf('lead'),
      recordedAt: f.t.clock.now().toISOString(),
    };
    const audit: AuditEvent = {
      id: 'a-lost',
      entity: 'check-in',
      entityId: lost.id,
      action: 'create',
      at: lost.recordedAt,
      by: lost.by,
      before: null,
      after: lost,
    };
    expect(await forgeCheckInStore.add(base, lost, audit)).toBe('conflict');
    expect(await auditHistory(lost.id, 10)).toEqual([]);
    expect((await forgeCheckInStore.list(GOAL, 50)).map((c) => c.id)).not.toContain(lost.id);
  });

  it('audits nothing for a refused check-in', async () => {
    const before = (await forgeCheckInStore.list('g-grow-arr', 50)).length;
    f.t.forge.kvs.log.reset();
    expect(await checkIn('member', 'g-grow-arr')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(f.t.forge.kvs.log.entries().filter((e) => /transaction|set/.test(e.op))).toEqual([]);
    expect((await forgeCheckInStore.list('g-grow-arr', 50)).length).toBe(before);
  });
});
