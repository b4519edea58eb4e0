// Each goal's KPI health on the issue panel's chain, through the real resolvers on the demo organisation: read
// within the panel's budget, equal to what the scorecards evaluate, and kept fresh by measurements, KPI edits,
// the default bands and the daily job, without touching the catalog's revision.
import { KPI_INTENTS } from '../../dev/demo';
import { forgeCatalogStore } from '../../src/platform/storage/catalog-store';
import { forgeGoalHealthStore } from '../../src/platform/storage/goal-health-store';
import type { GoalContext } from '../../src/shared/api/panel';
import type { GoalScorecard } from '../../src/shared/api/scorecards';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import type { GoalHealth } from '../../src/shared/model/goal-health';
import { hasTag, isEpic, isSubtask, type PersonaId } from '../support/local-forge';
import { LEAD_KPI, newKpi, scorecardFixture, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

const PANEL = 'throughline-goal-panel';
const DASHBOARDS = 'g-dashboards-v3';

const panel = async (persona: PersonaId, key: string): Promise<GoalContext> => {
  const out = await f.t.as(persona, { moduleKey: PANEL, functionKey: 'panel/context', payload: { issue: key }, extension: { issue: { key } } });
  if (!out.ok) throw new Error(JSON.stringify(out.error));
  return out.data as GoalContext;
};
const healthIn = (c: GoalContext, goalId: string): GoalHealth | null | undefined => {
  const link = c.chain.find((l) => l.id === goalId);
  if (!link || link.kind !== 'goal') throw new Error(`${goalId} is not in the chain`);
  return link.health;
};
/** A story (not a subtask) in an epic tagged with the goal. */
const storyUnder = (goalId: string) => {
  const epic = f.t.issue((i) => isEpic(i) && hasTag(i) && (i.properties[EPIC_TAG_PROPERTY] as { goalId: string }).goalId === goalId);
  return f.t.issue((i) => i.parentId === epic.id && !isSubtask(i));
};
/** What the scorecards say of a goal: the same counts the marker must show. */
const scorecard = async (goalId: string): Promise<GoalScorecard> => (await f.overview()).goals.find((g) => g.goal.id === goalId)!;
const countsOf = (h: GoalHealth) => ({ onTrack: h.onTrack, atRisk: h.atRisk, offTrack: h.offTrack, noData: h.noData, stale: h.stale });
const record = (persona: PersonaId, kpiId: string, value: number, date = f.t.demo.today) =>
  f.call(persona, 'scorecards/measurement-record', { kpiId, input: { date, value, note: '' } });

describe('the health marker on each goal of the chain', () => {
  it('comes within one Jira call and three storage reads for a story', async () => {
    const story = storyUnder(DASHBOARDS);
    f.t.forge.jira.log.reset();
    f.t.forge.kvs.log.reset();
    const c = await panel('member', story.key);
    expect(f.t.forge.jira.log.count()).toBe(1);
    expect(f.t.forge.kvs.log.count()).toBeLessThanOrEqual(3);
    const goals = c.chain.filter((l) => l.kind === 'goal');
    expect(goals.length).toBeGreaterThanOrEqual(3);
    for (const g of goals) expect([g.id, g.kind === 'goal' && g.health?.asOf]).toEqual([g.id, f.t.demo.today]);
  });

  it('shows for every demo goal exactly what the scorecards evaluate today', async () => {
    const board = await forgeGoalHealthStore.read();
    const view = await f.overview();
    expect(view.goals.length).toBeGreaterThan(15);
    for (const card of view.goals) {
      const h = board.goals[card.goal.id];
      expect([card.goal.id, h && countsOf(h)]).toEqual([card.goal.id, card.counts]);
      expect(h!.kpis).toBe(card.kpis.length);
    }
    // Goals with one KPI take its state; the worst current status wins; no KPIs says so.
    const stateOf = (id: string) => board.goals[id]!.state;
    expect(stateOf('g-grow-arr')).toBe(KPI_INTENTS['k-arr']);
    expect(stateOf('g-marketing-pipeline')).toBe('off-track');
    expect(stateOf('g-lead-qualification')).toBe('stale');
    expect(stateOf(DASHBOARDS)).toBe('on-track');
    expect(stateOf('g-customer-community')).toBe('no-kpis');
  });

  it('flips when a measurement flips its KPI, and back, without changing the catalog', async () => {
    const story = storyUnder(DASHBOARDS);
    expect(healthIn(await panel('lead', story.key), DASHBOARDS)).toMatchObject({ state: 'on-track', onTrack: 1, kpis: 1 });
    const revision = (await forgeCatalogStore.read()).revision;

    // A month before its target date, only 20% of the dashboards migrated: far behind the plan.
    expect(await record('lead', LEAD_KPI, 20)).toMatchObject({ ok: true });
    expect((await scorecard(DASHBOARDS)).kpis[0]!.evaluation.status).toBe('off-track');
    expect(healthIn(await panel('lead', story.key), DASHBOARDS)).toMatchObject({ state: 'off-track', offTrack: 1, onTrack: 0 });

    expect(await record('lead', LEAD_KPI, 99)).toMatchObject({ ok: true });
    expect(healthIn(await panel('lead', story.key), DASHBOARDS)).toMatchObject({ state: 'on-track', onTrack: 1 });
    // Measurements never move the catalog's revision, so goal edits in progress do not CONFLICT.
    expect((await forgeCatalogStore.read()).revision).toBe(revision);
  });

  it('follows a deleted measurement and a new KPI', async () => {
    const story = storyUnder(DASHBOARDS);
    const newest = (await f.stored(LEAD_KPI))[0]!;
    expect(await f.call('lead', 'scorecards/measurement-delete', { kpiId: LEAD_KPI, id: newest.id, expectedRecordedAt: newest.recordedAt })).toMatchObject({
      ok: true,
    });
    await record('lead', LEAD_KPI, 10);
    expect(healthIn(await panel('lead', story.key), DASHBOARDS)).toMatchObject({ state: 'off-track' });

    const created = await f.call('exec', 'scorecards/kpi-create', { input: newKpi({ goalId: 'g-customer-community', name: 'Forum members' }) });
    expect(created).toMatchObject({ ok: true });
    expect((await forgeGoalHealthStore.read()).goals['g-customer-community']).toMatchObject({ state: 'no-data', kpis: 1, noData: 1 });
  });

  it('is evaluated again for every goal by the daily job, because a status depends on the day', async () => {
    const later = new Date(Date.parse(`${f.t.demo.today}T12:00:00Z`) + 20 * 86_400_000).toISOString().slice(0, 10);
    f.t.clock.setDay(later);
    const out = await f.dailyJob();
    expect(JSON.parse(out.body)).toMatchObject({ health: { goals: f.t.demo.strategy.goals.length } });
    const board = await forgeGoalHealthStore.read();
    expect(Object.values(board.goals).every((h) => h.asOf === later)).toBe(true);
    // Three weeks without a value: the weekly dashboards KPI is stale now, and says so on the panel.
    expect(board.goals[DASHBOARDS]).toMatchObject({ state: 'stale', stale: 1 });
    expect(healthIn(await panel('lead', storyUnder(DASHBOARDS).key), DASHBOARDS)).toMatchObject({ state: 'stale', asOf: later });
  });
});
