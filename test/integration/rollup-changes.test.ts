// The hourly reconcile works only on what changed since its last run: a site where nothing changed costs one Jira
// search; changes whose issue events never arrived are picked up an hour later; what a search by `updated` cannot
// see (a deleted issue, the epic a story left) is left to the daily full recount, which resumes across invocations
// (the hourly runs carry it on) until it completes.
import { demoForge, isEpic, isSubtask, type DemoForge } from '../support/local-forge';
import { reconcileRollups } from '../../src/services/rollup/rollup-reconcile';
import { reconcileDeps } from '../../src/wiring/rollup';
import { expectedRollups, storedRollups } from './rollup-oracle';
import type { JiraIssue } from '@throughline/local-forge/jira';

const HOURLY = 'throughline-reconcile-rollups';
const DAILY = 'throughline-recount-rollups';
const HOUR = 60 * 60 * 1000;
const DONE = '10013';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
  // The demo dates some of the day's changes into its afternoon: from the evening on, every one lies in the past,
  // and a first hourly run has looked at them.
  t.clock.advance(6 * HOUR);
  await run(HOURLY);
});

type Body = { outcome: string; reason?: string; phase: string; epicsCounted: number; changedIssues?: number; fullRecountPending: boolean };
const run = async (key: string, opts: { timeoutMs?: number } = {}): Promise<Body> =>
  JSON.parse(((await t.forge.runScheduledTrigger(key, opts)) as { body: string }).body) as Body;

/** What a change looks like when its issue event never reached the app: Jira has it, with its time. */
const behindTheAppsBack = (issue: JiraIssue, change: Partial<JiraIssue>): void => {
  Object.assign(issue, change, { updated: t.clock.now().toISOString() });
};

const storyOf = (epic: JiraIssue, except?: JiraIssue) => t.issue((i) => i.parentId === epic.id && !isSubtask(i) && i.statusId !== DONE && i.id !== except?.id);
const epicWithWork = (except?: JiraIssue) =>
  t.issue(
    (i) => isEpic(i) && i.id !== except?.id && t.forge.jira.state.issues.filter((c) => c.parentId === i.id && !isSubtask(c) && c.statusId !== DONE).length >= 2,
  );

describe('the hourly reconcile', () => {
  it('costs one Jira search and writes nothing on a site where nothing changed', async () => {
    t.clock.advance(HOUR);
    t.forge.jira.log.reset();
    t.forge.kvs.log.reset();
    const before = storedRollups(t.forge.kvs);
    expect(await run(HOURLY)).toMatchObject({ outcome: 'complete', changedIssues: 0, epicsCounted: 0, fullRecountPending: false });
    expect(t.forge.jira.log.count()).toBeLessThanOrEqual(5);
    expect(t.forge.jira.log.count()).toBe(1);
    // The cursor read and written: nothing else.
    expect(t.forge.kvs.log.count()).toBeLessThanOrEqual(2);
    expect(storedRollups(t.forge.kvs)).toEqual(before);
  });

  it('picks up changes made since its last run whose issue events never arrived', async () => {
    const epic = epicWithWork();
    const story = storyOf(epic);
    t.clock.advance(10 * 60 * 1000);
    behindTheAppsBack(story, { statusId: DONE, storyPoints: 21 });
    expect(storedRollups(t.forge.kvs)).not.toEqual(expectedRollups(t.forge.jira.state));

    t.clock.advance(HOUR);
    t.forge.jira.log.reset();
    const body = await run(HOURLY);
    expect(body).toMatchObject({ outcome: 'complete', changedIssues: 1, epicsCounted: 1 });
    expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
    // The search, then the epic's children and their subtasks: a handful of calls, not the site's thousands.
    expect(t.forge.jira.log.count()).toBeLessThanOrEqual(5);
  });

  it('looks back past its last run by a margin, and not at changes from before it', async () => {
    // Changed five minutes before the last run, but not yet in Jira's search index when it looked.
    const early = storyOf(epicWithWork());
    Object.assign(early, { statusId: DONE, updated: new Date(t.clock.now().getTime() - 5 * 60 * 1000).toISOString() });
    t.clock.advance(HOUR);
    expect(await run(HOURLY)).toMatchObject({ changedIssues: 1 });
    t.clock.advance(HOUR);
    expect(await run(HOURLY)).toMatchObject({ changedIssues: 0 });
  });

  it('leaves a deleted issue and the epic a story left to the daily full recount, which repairs both', async () => {
    const from = epicWithWork();
    const to = epicWithWork(from);
    const moved = storyOf(from);
    const deleted = storyOf(from, moved);
    const jira = t.forge.jira.state;
    t.clock.advance(10 * 60 * 1000);
    behindTheAppsBack(moved, { parentId: to.id });
    jira.issues.splice(jira.issues.indexOf(deleted), 1);
    for (const sub of jira.issues.filter((i) => i.parentId === deleted.id)) jira.issues.splice(jira.issues.indexOf(sub), 1);

    t.clock.advance(HOUR);
    expect(await run(HOURLY)).toMatchObject({ outcome: 'complete', changedIssues: 1 });
    const expected = expectedRollups(jira);
    const hourly = storedRollups(t.forge.kvs);
    // The epic it joined is right; the epic it left (and lost a deleted story from) still counts both.
    expect(hourly.epics[to.id]).toEqual(expected.epics[to.id]);
    expect(hourly.epics[from.id]).not.toEqual(expected.epics[from.id]);

    expect(await run(DAILY)).toMatchObject({ outcome: 'complete', fullRecountPending: false });
    expect(storedRollups(t.forge.kvs)).toEqual(expected);
  });

  it('hands a window with more changes than one run takes to a full recount', async () => {
    t.clock.advance(10 * 60 * 1000);
    const stories = t.forge.jira.state.issues.filter((i) => !isEpic(i) && !isSubtask(i) && i.parentId !== undefined && i.statusId !== DONE).slice(0, 4);
    for (const s of stories) behindTheAppsBack(s, { statusId: DONE });
    t.clock.advance(HOUR);
    const body = await reconcileRollups(
      reconcileDeps({ clock: t.clock }, () => 900_000),
      { maxChangedIssues: 3 },
    );
    expect(body).toMatchObject({ outcome: 'complete', fullRecountPending: false });
    expect(body.epicsCounted).toBe(Object.keys(expectedRollups(t.forge.jira.state).epics).length);
    expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
  });
});

describe('the daily full recount', () => {
  it('resumes across invocations, the hourly runs carrying it on, until it completes', async () => {
    const done = t.issue((i) => !isEpic(i) && !isSubtask(i) && i.parentId !== undefined && i.statusId !== DONE);
    done.statusId = DONE; // without moving `updated`: only a full recount can notice
    expect(await run(DAILY, { timeoutMs: 30_000 })).toMatchObject({ outcome: 'paused', reason: 'time', fullRecountPending: true });
    t.clock.advance(HOUR);
    const hourly = await run(HOURLY);
    expect(hourly).toMatchObject({ outcome: 'complete', fullRecountPending: false });
    expect(hourly.epicsCounted).toBeGreaterThan(0);
    expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
    // Once complete, the hourly runs are back to looking at changes only.
    t.clock.advance(HOUR);
    t.forge.jira.log.reset();
    expect(await run(HOURLY)).toMatchObject({ epicsCounted: 0, changedIssues: 0 });
    expect(t.forge.jira.log.count()).toBe(1);
  });
});
