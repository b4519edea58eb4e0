// Live roll-ups end to end on the local host: a persona changes an issue in the Jira emulator (through the
// host's REST proxy, or the issue view's controls in Chromium), the product event reaches the app's trigger,
// and the epic's and goal's roll-ups reflect it after that one event.
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import type { JiraIssue } from '@throughline/local-forge/jira';
import { expectedRollups, storedEpic, storedGoal, storedRollups } from '../integration/rollup-oracle';
import { personas, startTestHost, type Host, type Persona } from './support/host';
import { describeE2E } from './support/session';

const TODO = '10010';
let host: Host;
let people: Record<string, Persona>;

beforeAll(async () => {
  host = await startTestHost();
  people = await personas(host);
});
afterAll(async () => {
  await host?.close();
});

const issues = () => host.forge.jira.state.issues;
const goalOf = (epicId: string) => (issues().find((i) => i.id === epicId)?.properties[EPIC_TAG_PROPERTY] as { goalId: string } | undefined)?.goalId;
/** A story still to do, in `project`, under an epic that serves a goal. */
const todoStory = (project: string): JiraIssue => {
  const found = issues().find((i) => i.key.startsWith(`${project}-`) && i.statusId === TODO && i.issueTypeId !== '10004' && i.parentId && goalOf(i.parentId));
  if (!found) throw new Error(`no story to do under a tagged epic in ${project}`);
  return found;
};

describe('live roll-ups on the local host', () => {
  it('has roll-ups for the demo organisation from the first screen', () => {
    expect(storedRollups(host.forge.kvs)).toEqual(expectedRollups(host.forge.jira.state));
  });

  it('reflects a status change made through Jira’s REST API after that one event', async () => {
    const story = todoStory('INS');
    const epicId = story.parentId!;
    const goalId = goalOf(epicId)!;
    const [e0, g0] = [storedEpic(host.forge.kvs, epicId)!, storedGoal(host.forge.kvs, goalId)!];
    const deliveries = host.forge.triggerLog.length;
    const res = await fetch(`${host.url}/__forge/product/jira/rest/api/3/issue/${story.key}/transitions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forge-account-id': people.lead!.accountId },
      body: JSON.stringify({ transition: { id: '41' } }),
    });
    expect(res.status).toBe(204);
    await host.forge.eventsDelivered();
    expect(host.forge.triggerLog.slice(deliveries)).toEqual([expect.objectContaining({ eventType: 'avi:jira:updated:issue', issueKey: story.key, ok: true })]);
    expect(storedEpic(host.forge.kvs, epicId)!.counts).toEqual({ ...e0.counts, todo: e0.counts.todo - 1, done: e0.counts.done + 1 });
    const p = storedGoal(host.forge.kvs, goalId)!.byProject[e0.projectId]!;
    expect(p.counts).toEqual({
      ...g0.byProject[e0.projectId]!.counts,
      todo: g0.byProject[e0.projectId]!.counts.todo - 1,
      done: g0.byProject[e0.projectId]!.counts.done + 1,
    });
  });

  it('shows Jira’s refusal on the issue view when the persona may not change the issue, and counts nothing', async () => {
    const story = issues().find((i) => i.key.startsWith('DOCS-') && i.issueTypeId !== '10000')!;
    const before = storedRollups(host.forge.kvs);
    const form = new URLSearchParams({ as: 'outsider', key: story.key, action: 'status', value: '41' });
    const res = await fetch(`${host.url}/__forge/issue-action`, { method: 'POST', body: form, redirect: 'manual' });
    expect(res.status).toBe(303);
    const page = await (await fetch(host.url + res.headers.get('location')!)).text();
    expect(page).toMatch(/role="alert"[^>]*>You do not have permission to transition issue/);
    expect(storedRollups(host.forge.kvs)).toEqual(before);
  });
});

// The browser works on the host of the tests above, so it sees what they changed.
describeE2E('the issue view’s controls in Chromium', { host: () => host }, (e2e) => {
  it('lets the lead finish a story, then move it to another epic; both epics and goals follow', async () => {
    const story = todoStory('INS');
    const from = story.parentId!;
    const to = issues().find((i) => i.issueTypeId === '10000' && i.key.startsWith('INS-') && i.id !== from && goalOf(i.id) && goalOf(i.id) !== goalOf(from))!;
    const [a0, b0] = [storedEpic(host.forge.kvs, from)!, storedEpic(host.forge.kvs, to.id)!];
    const page = await e2e.open(`/jira/issue/${story.key}`, 'lead');
    await page.locator('[data-testid="control-status"] select').selectOption({ label: 'Done' });
    await page.locator('[data-testid="control-status"] button').click();
    await page.locator('[role="status"]', { hasText: 'Status changed.' }).waitFor();
    expect(await page.locator('[data-testid="issue-status"]').textContent()).toBe('Done');
    expect(storedEpic(host.forge.kvs, from)!.counts.done).toBe(a0.counts.done + 1);

    await page.locator('[data-testid="control-parent"] select').selectOption({ value: to.id });
    await page.locator('[data-testid="control-parent"] button').click();
    await page.locator('[role="status"]', { hasText: 'Parent epic changed.' }).waitFor();
    expect(await page.locator('[data-testid="issue-parent"]').textContent()).toContain(to.key);
    expect(storedEpic(host.forge.kvs, from)!.counts.done).toBe(a0.counts.done);
    expect(storedEpic(host.forge.kvs, to.id)!.counts.done).toBe(b0.counts.done + 1);
    expect(storedRollups(host.forge.kvs)).toEqual(expectedRollups(host.forge.jira.state));
    await e2e.release(page);
  });
});
