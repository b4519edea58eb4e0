// The full recount (the daily job, and the hourly job's first run on a site never counted): rebuilds exactly what
// events built, repairs drift, stops when its time runs short and resumes where it stopped, and survives a storm
// of 429s without leaving a wrong number behind. What the hourly job does on its own: rollup-changes.test.ts.
import { accountOf, demoForge, isEpic, isSubtask, type DemoForge } from '../support/local-forge';
import { reconcileRollups } from '../../src/services/rollup/rollup-reconcile';
import { appJira, reconcileDeps } from '../../src/wiring/rollup';
import { goalRollupFrom } from '../../src/domain/rollup/goal-rollup';
import type { EpicRollup } from '../../src/shared/model/rollup';
import { expectedRollups, storedRollups } from './rollup-oracle';

const RECONCILE = 'throughline-reconcile-rollups';
const RECOUNT = 'throughline-recount-rollups';
let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const wipe = () => {
  const s = t.forge.kvs.snapshot();
  delete s.entities['epic-rollup'];
  delete s.entities['goal-rollup'];
  delete s.keys['rollup-reconcile'];
  t.forge.kvs.load(s);
};

const bodyOf = (answer: unknown) => JSON.parse((answer as { body: string }).body) as { outcome: string; reason?: string; phase: string; epicsCounted: number };

/** Every stored goal roll-up is the sum of the stored epics that serve it (whatever else is true). */
const selfConsistent = () => {
  const snap = t.forge.kvs.snapshot();
  const epics = Object.values(snap.entities['epic-rollup'] ?? {}).map((i) => (i.value as { record: EpicRollup }).record);
  const { goals } = storedRollups(t.forge.kvs);
  for (const goalId of new Set([...Object.keys(goals), ...epics.flatMap((e) => (e.goalId ? [e.goalId] : []))])) {
    const rebuilt = goalRollupFrom(goalId, epics, 'x');
    expect({ goalId, byProject: goals[goalId]?.byProject }).toEqual({ goalId, byProject: rebuilt?.byProject });
  }
};

const lead = { kind: 'user', accountId: '' } as { kind: 'user'; accountId: string };
const rest = async (method: string, path: string, body?: unknown) => {
  lead.accountId = accountOf('lead');
  const res = await t.forge.jira.fetch(lead, path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  await t.forge.eventsDelivered();
  return res.status;
};

describe('reconciling roll-ups', () => {
  it('rebuilds from nothing exactly what the issue events built', async () => {
    const epic = t.issue((i) => isEpic(i) && i.key.startsWith('INS-'));
    const other = t.issue((i) => isEpic(i) && i.key.startsWith('INS-') && i.id !== epic.id);
    const story = t.issue((i) => i.parentId === epic.id && !isSubtask(i));
    expect(
      await rest('POST', '/rest/api/3/issue', { fields: { project: { key: 'INS' }, issuetype: { name: 'Story' }, summary: 'New', parent: { key: epic.key } } }),
    ).toBe(201);
    expect(await rest('PUT', `/rest/api/3/issue/${story.key}`, { fields: { parent: { key: other.key }, customfield_10016: 13 } })).toBe(204);
    expect(await rest('POST', `/rest/api/3/issue/${story.key}/transitions`, { transition: { id: story.statusId === '10013' ? '11' : '41' } })).toBe(204);
    expect(t.forge.jira.moveIssue({ kind: 'user', accountId: accountOf('member') }, other.key, 'PLAT').status).toBe(200);
    await t.forge.eventsDelivered();
    const byEvents = storedRollups(t.forge.kvs);

    wipe();
    expect(storedRollups(t.forge.kvs).epics).toEqual({});
    expect(bodyOf(await t.forge.runScheduledTrigger(RECONCILE)).outcome).toBe('complete');
    expect(storedRollups(t.forge.kvs)).toEqual(byEvents);
    expect(byEvents).toEqual(expectedRollups(t.forge.jira.state));
  });

  it('repairs drift: wrong goal totals, a missing epic, an epic Jira no longer has', async () => {
    const s = t.forge.kvs.snapshot();
    const goals = s.entities['goal-rollup']!;
    const someGoal = Object.keys(goals)[0]!;
    (goals[someGoal]!.value as { record: { byProject: Record<string, { counts: { done: number } }> } }).record.byProject['10100'] = {
      epics: 7,
      counts: { todo: 1, inProgress: 2, done: 99 },
      points: { todo: 0, inProgress: 0, done: 0 },
    } as never;
    const epics = s.entities['epic-rollup']!;
    const [missing, copied] = Object.keys(epics);
    const source = epics[copied!]!.value as { record: EpicRollup };
    epics['99999'] = { ...epics[copied!]!, value: { ...source, epicId: '99999', record: { ...source.record, epicId: '99999' } } } as never;
    delete epics[missing!];
    t.forge.kvs.load(s);
    await new Promise((r) => setTimeout(r, 5)); // the run starts after the bad roll-up was last counted
    expect(bodyOf(await t.forge.runScheduledTrigger(RECOUNT)).outcome).toBe('complete');
    expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
  });

  it('stops when its time runs short, keeps what it did, and the next run finishes the job', async () => {
    wipe();
    let checks = 0;
    const remainingMs = () => (++checks > 3 ? 10_000 : 900_000);
    const first = await reconcileRollups(reconcileDeps({ clock: t.clock }, remainingMs, appJira(remainingMs)), { batchSize: 5 });
    expect(first).toMatchObject({ outcome: 'paused', reason: 'time', phase: 'epics', epicsCounted: 10 });
    const partial = storedRollups(t.forge.kvs);
    const expected = expectedRollups(t.forge.jira.state);
    expect(Object.keys(partial.epics)).toHaveLength(10);
    for (const [id, e] of Object.entries(partial.epics)) expect(e).toEqual(expected.epics[id]);
    selfConsistent();

    const second = await reconcileRollups(
      reconcileDeps({ clock: t.clock }, () => 900_000),
      { batchSize: 5 },
    );
    expect(second).toMatchObject({ outcome: 'complete', epicsCounted: Object.keys(expected.epics).length - 10 });
    expect(storedRollups(t.forge.kvs)).toEqual(expected);
  });

  it('reads its time budget from the invocation: with under a minute left it saves and stops at once', async () => {
    wipe();
    expect(bodyOf(await t.forge.runScheduledTrigger(RECONCILE, { timeoutMs: 30_000 }))).toMatchObject({ outcome: 'paused', reason: 'time', epicsCounted: 0 });
    expect(bodyOf(await t.forge.runScheduledTrigger(RECONCILE))).toMatchObject({ outcome: 'complete' });
    expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
  });

  it('retries through scattered 429s and still counts everything right', async () => {
    wipe();
    t.forge.jira.setFaults({ rateLimitEvery: 3, retryAfterSeconds: 0 });
    t.forge.jira.log.reset();
    expect(bodyOf(await t.forge.runScheduledTrigger(RECONCILE)).outcome).toBe('complete');
    expect(t.forge.jira.log.entries().filter((e) => e.status === 429).length).toBeGreaterThan(0);
    t.forge.jira.setFaults({});
    expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
  });

  it('pauses in a 429 storm without corrupting anything, and resumes once Jira recovers', async () => {
    const before = storedRollups(t.forge.kvs);
    const done = t.issue((i) => !isEpic(i) && !isSubtask(i) && i.parentId !== undefined && i.statusId !== '10013');
    done.statusId = '10013'; // changed behind the app's back: only the reconcile job can notice
    let storm = false;
    const jira = t.forge.jira;
    const original = jira.fetch.bind(jira);
    // Jira answers until the first search for subtasks (mid-batch, epics already read); from then on only 429s.
    (jira as { fetch: typeof jira.fetch }).fetch = async (actor, path, init) => {
      storm ||= String(init?.body ?? '').includes('"jql":"parent in (');
      return storm
        ? new Response('{"errorMessages":["Rate limit exceeded."],"errors":{}}', { status: 429, headers: { 'Retry-After': '0' } })
        : original(actor, path, init);
    };
    const paused = bodyOf(await t.forge.runScheduledTrigger(RECOUNT));
    expect(paused).toMatchObject({ outcome: 'paused', reason: 'jira', phase: 'epics' });
    selfConsistent();
    const now = storedRollups(t.forge.kvs);
    const expected = expectedRollups(jira.state);
    // Each epic holds either what it held before or the truth, never a mix or a half-written number.
    for (const [id, e] of Object.entries(now.epics)) expect([before.epics[id], expected.epics[id]]).toContainEqual(e);
    expect(Object.keys(now.epics).sort()).toEqual(Object.keys(before.epics).sort());

    (jira as { fetch: typeof jira.fetch }).fetch = original;
    // The hourly run carries on the recount under way.
    expect(bodyOf(await t.forge.runScheduledTrigger(RECONCILE)).outcome).toBe('complete');
    expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(jira.state));
  });

  describe('resuming after its time ran out, wherever that was', () => {
    const BATCH = { batchSize: 10 };
    /**
     * A run whose remaining time is ample for the job's first `reads` looks at it, then under the reserve: the job
     * looks before every step (a batch of epics, a page of the sweep, a goal), so each read is a place it may stop.
     * The Jira client's own reads (its retry budget) are left ample: 429s are the tests above.
     */
    const runCutAfter = (reads: number) => {
      let left = reads;
      return reconcileRollups(
        reconcileDeps(
          { clock: t.clock },
          () => (left-- > 0 ? 900_000 : 10_000),
          appJira(() => 900_000),
        ),
        BATCH,
      );
    };

    it('ends with exactly the roll-ups of an uncut run, whichever step the time ran out before', async () => {
      wipe();
      const start = t.forge.kvs.snapshot();
      const expected = expectedRollups(t.forge.jira.state);
      let reads = 0;
      const counting = () => (reads++, 900_000);
      expect(
        await reconcileRollups(
          reconcileDeps(
            { clock: t.clock },
            counting,
            appJira(() => 900_000),
          ),
          BATCH,
        ),
      ).toMatchObject({ outcome: 'complete' });
      expect(reads).toBeGreaterThan(10);
      // Each cut run and its resumption together do one recount's work.
      for (let cut = 0; cut < reads; cut++) {
        t.forge.kvs.load(start);
        await runCutAfter(cut);
        const resumed = await reconcileRollups(
          reconcileDeps({ clock: t.clock }, () => 900_000),
          BATCH,
        );
        expect({ cut, outcome: resumed.outcome, pending: resumed.fullRecountPending }).toEqual({ cut, outcome: 'complete', pending: false });
        expect({ cut, rollups: storedRollups(t.forge.kvs) }).toEqual({ cut, rollups: expected });
      }
    });

    it('completes over many short invocations, each cut after a few batches, as a recount ten times this size does', async () => {
      wipe();
      const results = [];
      for (let i = 0; i < 40 && results.at(-1)?.fullRecountPending !== false; i++) results.push(await runCutAfter(6));
      expect(results.length).toBeGreaterThan(3);
      expect(results.at(-1)).toMatchObject({ outcome: 'complete', fullRecountPending: false });
      expect(results.slice(0, -1).every((r) => r.outcome === 'paused' && r.reason === 'time')).toBe(true);
      expect(results.reduce((n, r) => n + r.epicsCounted, 0)).toBe(Object.keys(expectedRollups(t.forge.jira.state).epics).length);
      expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
    });
  });
});
