// Live roll-ups: every kind of issue change made in Jira (through the emulator's REST API, as a persona) raises
// the product event, the local platform delivers it to the app's trigger, and the epic and goal roll-ups follow.
// After every change the stored roll-ups must also equal an oracle computed straight from Jira's state.
import { demoForge, accountOf, hasTag, isEpic, isSubtask, type DemoForge, type PersonaId } from '../support/local-forge';
import { STORY_POINTS_FIELD, type JiraIssue } from '@throughline/local-forge/jira';
import { expectedRollups, storedEpic, storedGoal, storedRollups } from './rollup-oracle';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const rest = async (persona: PersonaId | 'app', method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> => {
  const actor = persona === 'app' ? ({ kind: 'app' } as const) : ({ kind: 'user', accountId: accountOf(persona) } as const);
  const res = await t.forge.jira.fetch(actor, path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  await t.forge.eventsDelivered();
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : undefined };
};

const transition = async (persona: PersonaId | 'app', key: string, statusName: string) => {
  const list = (await rest(persona === 'app' ? 'exec' : persona, 'GET', `/rest/api/3/issue/${key}/transitions`)).body as {
    transitions: { id: string; name: string }[];
  };
  const id = list.transitions.find((x) => x.name === statusName)?.id;
  if (!id) throw new Error(`no transition to ${statusName} on ${key}`);
  return rest(persona, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
};

const live = (id: string): JiraIssue | undefined => t.forge.jira.state.issues.find((i) => i.id === id);
const children = (id: string) => t.forge.jira.state.issues.filter((i) => i.parentId === id);
const total = (c: { todo: number; inProgress: number; done: number }) => c.todo + c.inProgress + c.done;
const consistent = () => expect(storedRollups(t.forge.kvs)).toEqual(expectedRollups(t.forge.jira.state));
const taggedEpicOf = (project: string, pred: (e: JiraIssue) => boolean = () => true) =>
  t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith(`${project}-`) && pred(i));
const goalOf = (epic: JiraIssue) => (epic.properties['throughline-alignment'] as { goalId: string }).goalId;
const todoStoryOf = (epic: JiraIssue) => t.issue((i) => i.parentId === epic.id && !isSubtask(i) && i.statusId === '10010');
/** An INS epic with a goal and at least one story still to do. */
const busyEpic = () => taggedEpicOf('INS', (e) => children(e.id).some((c) => c.statusId === '10010' && !isSubtask(c)));

describe('live roll-ups from issue events', () => {
  it('starts with roll-ups for every epic, built at start', () => {
    expect(Object.keys(storedRollups(t.forge.kvs).epics).length).toBeGreaterThan(30);
    consistent();
  });

  it('counts a story created under an epic, in the epic and in its goal', async () => {
    const epic = taggedEpicOf('INS');
    const [e0, g0] = [storedEpic(t.forge.kvs, epic.id)!, storedGoal(t.forge.kvs, goalOf(epic))!];
    const out = await rest('lead', 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'INS' }, issuetype: { name: 'Story' }, summary: 'Export to CSV', parent: { id: epic.id }, [STORY_POINTS_FIELD]: 5 },
    });
    expect(out.status).toBe(201);
    expect(storedEpic(t.forge.kvs, epic.id)!.counts.todo).toBe(e0.counts.todo + 1);
    expect(storedEpic(t.forge.kvs, epic.id)!.points.todo).toBe(e0.points.todo + 5);
    expect(storedGoal(t.forge.kvs, goalOf(epic))!.byProject[epic.projectId]!.counts.todo).toBe(g0.byProject[epic.projectId]!.counts.todo + 1);
    consistent();
  });

  it('moves a story’s count between status categories when its status changes', async () => {
    const epic = busyEpic();
    const story = todoStoryOf(epic);
    const e0 = storedEpic(t.forge.kvs, epic.id)!;
    expect((await transition('lead', story.key, 'Done')).status).toBe(204);
    const e1 = storedEpic(t.forge.kvs, epic.id)!;
    expect([e1.counts.todo, e1.counts.done]).toEqual([e0.counts.todo - 1, e0.counts.done + 1]);
    expect(e1.asOf > e0.asOf).toBe(true);
    consistent();
  });

  it('moves a story between epics: the old epic decreases, the new one increases (with its subtasks)', async () => {
    const story = t.issue(
      (i) => i.key.startsWith('INS-') && !isSubtask(i) && children(i.id).length > 0 && hasTag(live(i.parentId ?? '') ?? ({ properties: {} } as JiraIssue)),
    );
    const from = live(story.parentId!)!;
    const to = taggedEpicOf('INS', (e) => e.id !== from.id && goalOf(e) !== goalOf(from));
    const moved = 1 + children(story.id).length;
    const [a0, b0] = [storedEpic(t.forge.kvs, from.id)!, storedEpic(t.forge.kvs, to.id)!];
    expect((await rest('lead', 'PUT', `/rest/api/3/issue/${story.key}`, { fields: { parent: { key: to.key } } })).status).toBe(204);
    expect(total(storedEpic(t.forge.kvs, from.id)!.counts)).toBe(total(a0.counts) - moved);
    expect(total(storedEpic(t.forge.kvs, to.id)!.counts)).toBe(total(b0.counts) + moved);
    consistent();
  });

  it('follows an epic moved to another project: its goal’s numbers move from one project to the other', async () => {
    const epic = taggedEpicOf('INS');
    const goal = goalOf(epic);
    const before = storedGoal(t.forge.kvs, goal)!;
    const out = t.forge.jira.moveIssue({ kind: 'user', accountId: accountOf('member') }, epic.key, 'PLAT');
    expect(out.status).toBe(200);
    await t.forge.eventsDelivered();
    expect(storedEpic(t.forge.kvs, epic.id)!.projectId).toBe('10101');
    const after = storedGoal(t.forge.kvs, goal)!;
    expect((after.byProject['10100']?.epics ?? 0) + 1).toBe(before.byProject['10100']!.epics);
    expect(after.byProject['10101']!.epics).toBe((before.byProject['10101']?.epics ?? 0) + 1);
    consistent();
  });

  it('keeps a story moved to another project counted under its epic', async () => {
    const epic = busyEpic();
    const story = todoStoryOf(epic);
    const e0 = storedEpic(t.forge.kvs, epic.id)!;
    expect(t.forge.jira.moveIssue({ kind: 'user', accountId: accountOf('member') }, story.key, 'PLAT').status).toBe(200);
    await t.forge.eventsDelivered();
    expect(storedEpic(t.forge.kvs, epic.id)!.counts).toEqual(e0.counts);
    consistent();
  });

  it('counts a subtask created and then finished under its story’s epic', async () => {
    const epic = busyEpic();
    const story = todoStoryOf(epic);
    const e0 = storedEpic(t.forge.kvs, epic.id)!;
    const created = await rest('lead', 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'INS' }, issuetype: { name: 'Sub-task' }, summary: 'Write the tests', parent: { key: story.key } },
    });
    expect(created.status).toBe(201);
    expect(storedEpic(t.forge.kvs, epic.id)!.counts.todo).toBe(e0.counts.todo + 1);
    await transition('lead', (created.body as { key: string }).key, 'In Progress');
    expect(storedEpic(t.forge.kvs, epic.id)!.counts).toEqual({ ...e0.counts, inProgress: e0.counts.inProgress + 1 });
    consistent();
  });

  it('drops a deleted story and its subtasks from its epic', async () => {
    const story = t.issue((i) => i.key.startsWith('INS-') && !isEpic(i) && !isSubtask(i) && children(i.id).length > 0);
    const epicId = story.parentId!;
    const gone = 1 + children(story.id).length;
    const e0 = storedEpic(t.forge.kvs, epicId)!;
    expect((await rest('lead', 'DELETE', `/rest/api/3/issue/${story.key}?deleteSubtasks=true`)).status).toBe(204);
    expect(total(storedEpic(t.forge.kvs, epicId)!.counts)).toBe(total(e0.counts) - gone);
    consistent();
  });

  it('removes a deleted epic’s roll-up and its contribution to its goal', async () => {
    const epic = taggedEpicOf('INS');
    const g0 = storedGoal(t.forge.kvs, goalOf(epic))!;
    const e0 = storedEpic(t.forge.kvs, epic.id)!;
    expect((await rest('lead', 'DELETE', `/rest/api/3/issue/${epic.key}`)).status).toBe(204);
    expect(storedEpic(t.forge.kvs, epic.id)).toBeUndefined();
    const g1 = storedGoal(t.forge.kvs, goalOf(epic));
    const entry0 = g0.byProject[epic.projectId]!;
    if (entry0.epics === 1) expect(g1?.byProject[epic.projectId]).toBeUndefined();
    else expect(g1!.byProject[epic.projectId]).toMatchObject({ epics: entry0.epics - 1, counts: { done: entry0.counts.done - e0.counts.done } });
    consistent();
  });

  it('moves a re-tagged epic’s numbers to its new goal at once (tagging raises no issue event)', async () => {
    const epic = taggedEpicOf('INS');
    const [oldGoal, newGoal] = [goalOf(epic), 'g-dashboards-v3' === goalOf(epic) ? 'g-ai-insights' : 'g-dashboards-v3'];
    const e0 = storedEpic(t.forge.kvs, epic.id)!;
    const n0 = storedGoal(t.forge.kvs, newGoal)?.byProject[epic.projectId]?.epics ?? 0;
    const o0 = storedGoal(t.forge.kvs, oldGoal)!.byProject[epic.projectId]!.epics;
    const out = await t.as('lead', {
      moduleKey: 'throughline-goal-panel',
      functionKey: 'panel/tag-epic',
      payload: { issue: epic.key, goalId: newGoal, level: 'project' },
      extension: { issue: { key: epic.key } },
    });
    expect(out.ok).toBe(true);
    expect(storedEpic(t.forge.kvs, epic.id)).toMatchObject({ goalId: newGoal, counts: e0.counts });
    expect(storedGoal(t.forge.kvs, newGoal)!.byProject[epic.projectId]!.epics).toBe(n0 + 1);
    expect(storedGoal(t.forge.kvs, oldGoal)?.byProject[epic.projectId]?.epics ?? 0).toBe(o0 - 1);
    consistent();
  });

  it('spends no Jira call on a change no roll-up counts (a new summary)', async () => {
    const story = todoStoryOf(busyEpic());
    t.forge.jira.log.reset();
    expect((await rest('lead', 'PUT', `/rest/api/3/issue/${story.key}`, { fields: { summary: 'A better name' } })).status).toBe(204);
    expect(t.forge.triggerLog.at(-1)).toMatchObject({ eventType: 'avi:jira:updated:issue', issueKey: story.key, ok: true });
    expect(t.forge.jira.log.count({ actor: 'app' })).toBe(0);
  });

  it('ignores the app’s own changes, as filter.ignoreSelf asks', async () => {
    const story = todoStoryOf(busyEpic());
    const deliveries = t.forge.triggerLog.length;
    await transition('app', story.key, 'Done');
    expect(t.forge.triggerLog.length).toBe(deliveries);
  });

  it('refuses a persona without edit permission, and nothing changes', async () => {
    const story = t.issue((i) => i.key.startsWith('SALES-') && i.parentId !== undefined && !isSubtask(i));
    const before = storedRollups(t.forge.kvs);
    const offered = (await rest('lead', 'GET', `/rest/api/3/issue/${story.key}/transitions`)).body as { transitions: unknown[] };
    expect(offered.transitions).toEqual([]);
    expect((await rest('lead', 'POST', `/rest/api/3/issue/${story.key}/transitions`, { transition: { id: '41' } })).status).toBe(400);
    expect((await rest('lead', 'PUT', `/rest/api/3/issue/${story.key}`, { fields: { summary: 'x' } })).status).toBe(403);
    expect(storedRollups(t.forge.kvs)).toEqual(before);
  });
});
