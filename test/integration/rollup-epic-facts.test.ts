// An epic's display facts (key, title, status, and its tag's level and people) kept in its roll-up: renamed or
// moved to another status in Jira, the epic's record follows after that one issue event; tagged or untagged in the
// app, it follows at once; and the one-call tree shows what was stored, without asking Jira for the epic.
import { demoForge, accountOf, hasTag, isEpic, type DemoForge, type PersonaId } from '../support/local-forge';
import { STATUSES } from '../../dev/demo';
import type { JiraIssue } from '@throughline/local-forge/jira';
import { storedEpic, storedRollups, expectedRollups } from './rollup-oracle';
import { subtree } from './subtree-fixture';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

/** Every issue event the app's trigger was handed since the test began. */
let events = 0;
beforeEach(() => {
  events = 0;
  t.forge.jira.onIssueEvent(() => void events++);
});

const rest = async (persona: PersonaId, method: string, path: string, body?: unknown): Promise<number> => {
  const res = await t.forge.jira.fetch({ kind: 'user', accountId: accountOf(persona) }, path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  await t.forge.eventsDelivered();
  return res.status;
};

const transitionTo = async (key: string, statusName: string): Promise<number> => {
  const res = await t.forge.jira.fetch({ kind: 'user', accountId: accountOf('lead') }, `/rest/api/3/issue/${key}/transitions`, {
    method: 'GET',
    headers: {},
    body: null,
  });
  const id = ((await res.json()) as { transitions: { id: string; name: string }[] }).transitions.find((x) => x.name === statusName)?.id;
  if (!id) throw new Error(`no transition to ${statusName} on ${key}`);
  return rest('lead', 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
};

const insEpic = (): JiraIssue => t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('INS-') && i.statusId !== STATUSES.done.id);
const goalOf = (epic: JiraIssue) => (epic.properties['throughline-alignment'] as { goalId: string }).goalId;
const epicRow = async (epicId: string, goalId: string) => {
  const rows = (await subtree(t, 'exec', { parent: { kind: 'goal', goalId } })).rows;
  return rows.find((r) => r.node.kind === 'epic' && r.node.issueId === epicId)?.node;
};

describe('an epic’s facts in its roll-up', () => {
  it('are stored for every epic at start, as Jira has them', () => {
    const stored = storedRollups(t.forge.kvs).epics;
    const expected = expectedRollups(t.forge.jira.state).epics;
    expect(Object.keys(stored).length).toBeGreaterThan(30);
    for (const [id, e] of Object.entries(expected)) expect({ id, facts: stored[id] }).toEqual({ id, facts: e });
    expect(Object.values(stored).every((e) => e.key !== undefined && e.title !== undefined && e.status !== undefined)).toBe(true);
  });

  it('follow a rename in Jira after its one event, and the tree shows the new title', async () => {
    const epic = insEpic();
    expect(await rest('lead', 'PUT', `/rest/api/3/issue/${epic.key}`, { fields: { summary: 'Self-serve analytics, renamed' } })).toBe(204);
    expect(events).toBe(1);
    expect(storedEpic(t.forge.kvs, epic.id)).toMatchObject({ key: epic.key, title: 'Self-serve analytics, renamed' });
    expect(await epicRow(epic.id, goalOf(epic))).toMatchObject({ title: 'Self-serve analytics, renamed' });
  });

  it('follow a status change in Jira after its one event, name and category', async () => {
    const epic = insEpic();
    expect(await transitionTo(epic.key, 'Done')).toBe(204);
    expect(events).toBe(1);
    expect(storedEpic(t.forge.kvs, epic.id)!.status).toEqual({ name: 'Done', category: 'done' });
    expect(await epicRow(epic.id, goalOf(epic))).toMatchObject({ status: { name: 'Done', category: 'done' } });
  });

  it('follow a tag set in the app at once (a property write raises no issue event), and an untag clears them', async () => {
    const epic = insEpic();
    const lead = accountOf('lead');
    const tag = (payload: Record<string, unknown>, functionKey = 'panel/tag-epic') =>
      t.as('lead', { moduleKey: 'throughline-goal-panel', functionKey, payload: { issue: epic.key, ...payload }, extension: { issue: { key: epic.key } } });
    expect(await tag({ goalId: goalOf(epic), level: 'process', leaderId: lead, managerId: lead })).toMatchObject({ ok: true });
    expect(events).toBe(0);
    expect(storedEpic(t.forge.kvs, epic.id)).toMatchObject({ goalId: goalOf(epic), level: 'process', leaderId: lead, managerId: lead });
    expect(await epicRow(epic.id, goalOf(epic))).toMatchObject({ level: 'process', leader: { accountId: lead }, manager: { accountId: lead } });

    expect(await tag({}, 'panel/clear-epic-tag')).toMatchObject({ ok: true });
    const cleared = storedEpic(t.forge.kvs, epic.id)!;
    expect(cleared.goalId).toBeNull();
    expect([cleared.level, cleared.leaderId, cleared.managerId]).toEqual([undefined, undefined, undefined]);
    expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
  });
});
