// The default health bands on the admin page: 95% and 85% until a Jira admin changes them, checked strictly,
// and used by every KPI without bands of its own: on the scorecards and on the issue panel's markers.
import { forgeGoalHealthStore } from '../../src/platform/storage/goal-health-store';
import type { SettingsView } from '../../src/shared/api/admin';
import type { GoalContext } from '../../src/shared/api/panel';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import type { KpiCard } from '../../src/shared/api/scorecards';
import { hasTag, isEpic, isSubtask, type PersonaId } from '../support/local-forge';
import { scorecardFixture, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

const admin = (persona: PersonaId, functionKey: string, payload: unknown = {}) => f.t.as(persona, { moduleKey: 'throughline-admin', functionKey, payload });
const settings = async () => ((await admin('exec', 'admin/settings')).data as SettingsView).settings;
const saveBands = async (persona: PersonaId, onTrackPercent: unknown, atRiskPercent: unknown) =>
  admin(persona, 'admin/save-settings', { defaultHealthBands: { onTrackPercent, atRiskPercent }, expectedVersion: (await settings()).version });
/** The marker of "Grow ARR" on the panel of a story whose chain runs through it (SSO → enterprise sales → ARR). */
const arrMarker = async () => {
  const epic = f.t.issue((i) => isEpic(i) && hasTag(i) && (i.properties[EPIC_TAG_PROPERTY] as { goalId: string }).goalId === 'g-sso-scim');
  const story = f.t.issue((i) => i.parentId === epic.id && !isSubtask(i));
  const out = await f.t.as('member', {
    moduleKey: 'throughline-goal-panel',
    functionKey: 'panel/context',
    payload: { issue: story.key },
    extension: { issue: { key: story.key } },
  });
  const link = (out.data as GoalContext).chain.find((l) => l.id === 'g-grow-arr');
  return link?.kind === 'goal' ? link.health : undefined;
};
const card = async (kpiId: string): Promise<KpiCard> => (await f.overview()).goals.flatMap((g) => g.kpis).find((k) => k.kpi.id === kpiId)!;

describe('the default health bands', () => {
  it('are 95% and 85%, also for settings stored before they existed', async () => {
    expect((await settings()).defaultHealthBands).toEqual({ onTrackPercent: 95, atRiskPercent: 85 });
    const snap = f.t.forge.kvs.snapshot();
    delete (snap.entities.settings!.settings!.value as { record: Record<string, unknown> }).record.defaultHealthBands;
    f.t.forge.kvs.load(snap);
    expect((await settings()).defaultHealthBands).toEqual({ onTrackPercent: 95, atRiskPercent: 85 });
  });

  it('change the status of KPIs without their own bands, on the scorecards and on the panel markers', async () => {
    expect(await arrMarker()).toMatchObject({ state: 'at-risk', atRisk: 1 });
    const arr = await card('k-arr');
    expect(arr.evaluation.status).toBe('at-risk');
    const ratio = arr.evaluation.ratio!;
    const ownBands = await card('k-cloud-cost');
    const before = await settings();

    // Just below where ARR stands: on track from there, so ARR is on track.
    const onTrack = Math.floor(ratio * 100);
    const out = await saveBands('exec', onTrack, onTrack - 10);
    expect(out).toMatchObject({
      ok: true,
      data: { settings: { defaultHealthBands: { onTrackPercent: onTrack, atRiskPercent: onTrack - 10 }, version: before.version + 1 } },
    });
    expect(await settings()).toEqual({ ...before, defaultHealthBands: { onTrackPercent: onTrack, atRiskPercent: onTrack - 10 }, version: before.version + 1 });
    expect((await card('k-arr')).evaluation.status).toBe('on-track');
    expect(await arrMarker()).toMatchObject({ state: 'on-track', onTrack: 1 });

    // Just above: at risk needs more than ARR has, so it is off track. The KPI with its own bands does not move.
    await saveBands('exec', 100, Math.ceil(ratio * 100) + 1);
    expect((await card('k-arr')).evaluation.status).toBe('off-track');
    expect(await arrMarker()).toMatchObject({ state: 'off-track', offTrack: 1 });
    expect((await card('k-cloud-cost')).evaluation).toEqual(ownBands.evaluation);
  });

  it.each<[string, unknown, unknown]>([
    ['on track at 0', 0, 0],
    ['on track above 100', 101, 85],
    ['at risk above on track', 80, 90],
    ['at risk at 0.5', 95, 0.5],
    ['a percentage as text', '95', 85],
    ['a missing band', 95, undefined],
  ])('refuses %s with VALIDATION and stores nothing', async (_name, onTrackPercent, atRiskPercent) => {
    const before = await settings();
    const board = await forgeGoalHealthStore.read();
    expect(await saveBands('exec', onTrackPercent, atRiskPercent)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await settings()).toEqual(before);
    expect(await forgeGoalHealthStore.read()).toEqual(board);
  });

  it('refuses an extra field in the bands', async () => {
    const before = await settings();
    const out = await admin('exec', 'admin/save-settings', {
      defaultHealthBands: { onTrackPercent: 90, atRiskPercent: 80, offTrackPercent: 10 },
      expectedVersion: before.version,
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await settings()).toEqual(before);
  });

  it.each<PersonaId>(['lead', 'member', 'outsider'])('refuses %s, who is no Jira admin, with FORBIDDEN and stores nothing', async (persona) => {
    const before = await settings();
    const board = await forgeGoalHealthStore.read();
    expect(await saveBands(persona, 90, 80)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await settings()).toEqual(before);
    expect(await forgeGoalHealthStore.read()).toEqual(board);
  });

  it('leaves the goals’ health alone when other settings change', async () => {
    const board = await forgeGoalHealthStore.read();
    expect(await admin('exec', 'admin/save-settings', { progressRule: 'story-points', expectedVersion: (await settings()).version })).toMatchObject({
      ok: true,
    });
    expect((await forgeGoalHealthStore.read()).revision).toBe(board.revision);
  });
});
