// The automatic measures job (scheduled trigger) against the Jira emulator, as the app: counts and ratios are
// recorded for today; a failure (429 storm, JQL Jira refuses, timeout) keeps the last good value, marks the KPI
// stale and says why.
import { JiraClient, forgeRequester } from '../../src/platform/jira/client';
import { defaultRetryPolicy } from '../../src/platform/jira/retry';
import { forgeKpiStore } from '../../src/platform/storage/kpi-store';
import { runAutomaticMeasures } from '../../src/services/kpi/kpi-measures';
import type { Kpi } from '../../src/shared/model/kpi';
import { autoMeasureDeps } from '../../src/wiring/kpi-measures';
import { newKpi, scorecardFixture, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

/** Retries without waiting, so a 429 storm takes milliseconds. */
const fastJira = () => new JiraClient(forgeRequester, { ...defaultRetryPolicy, sleep: async () => undefined });
const run = (over: { budgetMs?: number; callTimeoutMs?: number } = {}) =>
  runAutomaticMeasures({
    ...autoMeasureDeps({ clock: f.t.clock }, fastJira(), over.budgetMs ?? 60_000),
    ...(over.callTimeoutMs ? { callTimeoutMs: over.callTimeoutMs } : {}),
  });

const jql = (q: string) => ({ kind: 'jql-count' as const, jql: q });
const create = async (input = newKpi()): Promise<Kpi> => {
  const out = await f.call('exec', 'scorecards/kpi-create', { input });
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return out.data as Kpi;
};
/** Issues of a project, as the app sees them (all of them), optionally only those done. */
const issuesIn = (key: string, doneOnly = false) => {
  const { projects, issues, statuses } = f.t.forge.jira.state;
  const project = projects.find((p) => p.key === key)!;
  const done = new Set(statuses.filter((s) => s.category === 'done').map((s) => s.id));
  return issues.filter((i) => i.projectId === project.id && (!doneOnly || done.has(i.statusId))).length;
};
const cardOf = async (kpiId: string) => (await f.overview()).goals.flatMap((g) => g.kpis).find((k) => k.kpi.id === kpiId)!;

describe('the automatic measures job', () => {
  it('records today’s count and ratio as the app', async () => {
    const count = await create(newKpi({ name: 'INS issues', source: jql('project = INS') }));
    const ratio = await create(
      newKpi({
        name: 'INS done',
        unit: '%',
        source: { kind: 'jql-ratio', numerator: 'project = INS AND statusCategory = Done', denominator: 'project = INS' },
      }),
    );
    const summary = await run();
    expect(summary.failed).toEqual([]);
    expect(summary.measured).toEqual(expect.arrayContaining([count.id, ratio.id, 'k-open-bugs']));
    const [c] = await f.stored(count.id);
    expect(c).toMatchObject({ date: f.t.demo.today, value: issuesIn('INS'), by: 'app:throughline' });
    const [r] = await f.stored(ratio.id);
    expect(r!.value).toBeCloseTo((100 * issuesIn('INS', true)) / issuesIn('INS'), 2);
    expect((await cardOf(count.id)).automatic).toMatchObject({ outcome: 'ok', reason: '', lastGoodValue: issuesIn('INS') });
    expect(f.t.forge.jira.log.entries().some((e) => e.path.endsWith('/rest/api/3/search/approximate-count') && e.actor.kind === 'app')).toBe(true);
  });

  it('on a 429 storm keeps the last good value, marks the KPI stale and says why', async () => {
    const kpi = await create(newKpi({ name: 'INS issues', source: jql('project = INS') }));
    await run();
    const good = await f.stored(kpi.id);
    // The next day, Jira answers every call with 429.
    f.t.clock.setDay('2026-11-29');
    f.t.forge.jira.setFaults({ rateLimitEvery: 1, retryAfterSeconds: 1 });
    const summary = await run();
    expect(summary.measured).toEqual([]);
    expect(summary.failed.map((x) => x.kpiId)).toEqual(expect.arrayContaining([kpi.id, 'k-open-bugs']));
    expect(await f.stored(kpi.id)).toEqual(good);
    f.t.forge.jira.setFaults({});
    const card = await cardOf(kpi.id);
    expect(card.evaluation.current).toEqual({ date: f.t.demo.today, value: good[0]!.value });
    expect(card.automatic).toMatchObject({ outcome: 'failed', lastGoodValue: good[0]!.value });
    expect(card.evaluation.stale?.reason).toBe(
      'The automatic measure failed on 29 Nov 2026: Jira kept answering 429 (rate limited); it will be tried again on the next run. Showing the last good value, from 28 Nov 2026.',
    );
  });

  it('records why Jira refused a query, and measures the others', async () => {
    const bad = await create(newKpi({ name: 'Unknown project', source: jql('project = NOSUCHPROJECT') }));
    const summary = await run();
    expect(summary.measured).toContain('k-open-bugs');
    const failure = summary.failed.find((x) => x.kpiId === bad.id);
    expect(failure?.reason).toMatch(/^Jira refused the JQL \(400\)/);
    expect(await f.stored(bad.id)).toEqual([]);
    expect((await cardOf(bad.id)).evaluation.stale?.reason).toContain('Jira refused the JQL (400)');
  });

  it('gives up on a count that takes too long', async () => {
    f.t.forge.jira.setFaults({ latencyMs: 300 });
    const summary = await run({ callTimeoutMs: 50 });
    expect(summary.failed).toEqual([{ kpiId: 'k-open-bugs', reason: 'Jira did not answer in time' }]);
  });

  it('leaves for the next run what does not fit its time budget, least recently measured first', async () => {
    const kpi = await create(newKpi({ name: 'INS issues', source: jql('project = INS') }));
    await forgeKpiStore.putRun({
      kpiId: 'k-open-bugs',
      at: '2026-11-28T01:00:00.000Z',
      outcome: 'ok',
      reason: '',
      lastGoodAt: '2026-11-28T01:00:00.000Z',
      lastGoodValue: 9,
    });
    // Each count takes 30 s of the job's clock; the budget fits one count and room for another (2 × 5 s).
    let t = Date.parse('2026-11-28T12:00:00.000Z');
    const deps = autoMeasureDeps({ clock: f.t.clock }, fastJira(), 35_000);
    const summary = await runAutomaticMeasures({
      ...deps,
      callTimeoutMs: 5_000,
      now: () => new Date(t),
      count: async (q) => {
        t += 30_000;
        return deps.count(q);
      },
    });
    expect(summary).toEqual({ measured: [kpi.id], failed: [], deferred: ['k-open-bugs'] });
  });

  it('runs from the handler the manifest names', async () => {
    const out = await f.dailyJob();
    expect(out.statusCode).toBe(200);
    expect(JSON.parse(out.body)).toMatchObject({ measured: ['k-open-bugs'], failed: [] });
  });
});
