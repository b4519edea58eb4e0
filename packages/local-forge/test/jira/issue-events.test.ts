// Issue writes and the events they raise: create, edit, transition, delete and move, each with the payload
// Jira Cloud sends to Forge apps (avi:jira:*:issue), who caused it, and the changelog of what changed.
import { createJiraEmulator, type JiraEmulator, type JiraIssueEvent, type IssueEventMeta } from '../../src/jira/emulator';
import { smallWorld } from './builders';
import { app, as, call } from './http';

let jira: JiraEmulator;
let events: Array<{ event: JiraIssueEvent; meta: IssueEventMeta }>;
beforeEach(() => {
  jira = createJiraEmulator({ seed: smallWorld() });
  events = [];
  jira.onIssueEvent((event, meta) => events.push({ event, meta }));
});

const dev = as('u-dev');
const issue = (key: string) => jira.state.issues.find((i) => i.key === key);

describe('issue writes and their events', () => {
  it('creates a story under an epic and raises avi:jira:created:issue with the issue’s fields', async () => {
    const out = await call(jira, dev, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'DEMO' }, issuetype: { name: 'Story' }, summary: 'New story', parent: { key: 'DEMO-1' }, customfield_10016: 3 },
    });
    expect(out).toMatchObject({ status: 201, body: { key: 'DEMO-9' } });
    expect(issue('DEMO-9')).toMatchObject({ parentId: issue('DEMO-1')!.id, statusId: '1', storyPoints: 3, reporterAccountId: 'u-dev' });
    expect(events).toHaveLength(1);
    const { event, meta } = events[0]!;
    expect(meta.actor).toEqual(dev);
    expect(event).toMatchObject({
      eventType: 'avi:jira:created:issue',
      atlassianId: 'u-dev',
      associatedUsers: [{ accountId: 'u-dev' }],
      issue: {
        id: out.body.id,
        key: 'DEMO-9',
        fields: {
          summary: 'New story',
          issuetype: { name: 'Story', hierarchyLevel: 0 },
          project: { key: 'DEMO' },
          status: { statusCategory: { key: 'new' } },
          parent: { key: 'DEMO-1' },
        },
      },
    });
    expect(event.changelog).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, number]>([
    ['a subtask without a parent', { issuetype: { name: 'Subtask' } }, 400],
    ['a story under a story', { issuetype: { name: 'Story' }, parent: { key: 'DEMO-4' } }, 400],
    ['an epic with a parent', { issuetype: { name: 'Epic' }, parent: { key: 'DEMO-1' } }, 400],
    ['a subtask under an epic', { issuetype: { name: 'Subtask' }, parent: { key: 'DEMO-1' } }, 400],
    ['an issue in a project the user may not create in', { issuetype: { name: 'Task' }, project: { key: 'PUB' } }, 403],
  ])('refuses %s, raising nothing', async (_name, fields, status) => {
    const out = await call(jira, dev, 'POST', '/rest/api/3/issue', { fields: { project: { key: 'DEMO' }, summary: 'x', ...fields } });
    expect(out.status).toBe(status);
    expect(events).toEqual([]);
  });

  it('records a transition as a status change in the changelog', async () => {
    const transitions = (await call(jira, dev, 'GET', '/rest/api/3/issue/DEMO-8/transitions')).body.transitions as { id: string; name: string }[];
    expect(transitions.map((t) => t.name)).toEqual(['In Progress', 'In Review', 'Done']);
    expect((await call(jira, dev, 'POST', '/rest/api/3/issue/DEMO-8/transitions', { transition: { id: transitions[2]!.id } })).status).toBe(204);
    expect(issue('DEMO-8')!.statusId).toBe('5');
    expect(events[0]!.event).toMatchObject({
      eventType: 'avi:jira:updated:issue',
      changelog: { items: [{ field: 'status', fieldId: 'status', from: '1', fromString: 'To Do', to: '5', toString: 'Done' }] },
    });
  });

  it('moves statuscategorychangedate when a transition changes the status category, and only then', async () => {
    const dates = async () =>
      (await call(jira, dev, 'GET', '/rest/api/3/issue/DEMO-8?fields=created,updated,statuscategorychangedate')).body.fields as Record<string, string>;
    const before = await dates();
    // Never moved: it entered its category when it was created.
    expect(before.statuscategorychangedate).toBe(before.created);
    const transitions = (await call(jira, dev, 'GET', '/rest/api/3/issue/DEMO-8/transitions')).body.transitions as { id: string; name: string }[];
    await call(jira, dev, 'POST', '/rest/api/3/issue/DEMO-8/transitions', { transition: { id: transitions.find((t) => t.name === 'In Progress')!.id } });
    const started = await dates();
    expect(started.statuscategorychangedate).toBe(started.updated);
    const again = (await call(jira, dev, 'GET', '/rest/api/3/issue/DEMO-8/transitions')).body.transitions as { id: string; name: string }[];
    jira.state.issues.find((i) => i.key === 'DEMO-8')!.statusCategoryChanged = '2020-01-01T00:00:00.000Z';
    // In Progress → In Review stays in progress: the date does not move.
    await call(jira, dev, 'POST', '/rest/api/3/issue/DEMO-8/transitions', { transition: { id: again.find((t) => t.name === 'In Review')!.id } });
    expect((await dates()).statuscategorychangedate).toBe('2020-01-01T00:00:00.000+0000');
  });

  it('records a new parent as Jira Cloud does (IssueParentAssociation, with ids and keys)', async () => {
    const [from, to] = [issue('DEMO-1')!, issue('DEMO-2')!];
    expect((await call(jira, dev, 'PUT', '/rest/api/3/issue/DEMO-4', { fields: { parent: { key: 'DEMO-2' } } })).status).toBe(204);
    expect(events[0]!.event.changelog!.items).toEqual([
      { field: 'IssueParentAssociation', fieldtype: 'jira', from: from.id, fromString: 'DEMO-1', to: to.id, toString: 'DEMO-2' },
    ]);
  });

  it('raises nothing for an edit that changes nothing, and nothing for a refused one', async () => {
    await call(jira, dev, 'PUT', '/rest/api/3/issue/DEMO-8', { fields: { summary: issue('DEMO-8')!.summary } });
    expect((await call(jira, as('u-viewer'), 'PUT', '/rest/api/3/issue/DEMO-8', { fields: { summary: 'x' } })).status).toBe(403);
    expect(events).toEqual([]);
  });

  it('deletes a story with its subtasks, raising a deleted event for each with its parent', async () => {
    const story = issue('DEMO-5')!;
    expect((await call(jira, dev, 'DELETE', '/rest/api/3/issue/DEMO-5?deleteSubtasks=true')).status).toBe(204);
    expect(issue('DEMO-5')).toBeUndefined();
    expect(issue('DEMO-7')).toBeUndefined();
    expect(events.map((e) => [e.event.eventType, e.event.issue.key, (e.event.issue.fields.parent as { id: string }).id])).toEqual([
      ['avi:jira:deleted:issue', 'DEMO-7', story.id],
      ['avi:jira:deleted:issue', 'DEMO-5', story.parentId],
    ]);
  });

  it('deletes an epic and leaves its children without a parent', async () => {
    const epic = issue('DEMO-2')!;
    expect((await call(jira, dev, 'DELETE', '/rest/api/3/issue/DEMO-2')).status).toBe(204);
    expect(issue('DEMO-6')!.parentId).toBeUndefined();
    expect(events.map((e) => e.event.issue.id)).toEqual([epic.id]);
  });

  it('moves an issue with its subtasks to another project: new keys, and project and key in the changelog', () => {
    jira.state.projects.find((p) => p.key === 'PUB')!.grants.push({ permission: 'CREATE_ISSUES', group: 'developers' });
    expect(jira.moveIssue(dev, 'DEMO-5', 'PUB')).toEqual({ status: 200, key: 'PUB-2' });
    expect(issue('PUB-3')!.summary).toBe('Write API tests');
    expect(events[0]!.event.changelog!.items).toEqual([
      { field: 'project', fieldtype: 'jira', fieldId: 'project', from: '10000', fromString: 'Demo Platform', to: '10002', toString: 'Public Roadmap' },
      { field: 'Key', fieldtype: 'jira', fieldId: 'issuekey', from: null, fromString: 'DEMO-5', to: null, toString: 'PUB-2' },
    ]);
    expect(events).toHaveLength(2);
  });

  it.each<[string, string, string, string, number]>([
    ['without create permission in the target', 'u-dev', 'DEMO-5', 'PUB', 403],
    ['a subtask on its own', 'u-dev', 'DEMO-7', 'PUB', 400],
    ['into a project the user cannot see', 'u-dev', 'DEMO-5', 'SEC', 404],
    ['without edit permission', 'u-viewer', 'DEMO-5', 'PUB', 403],
  ])('refuses a move %s', (_name, who, key, project, status) => {
    expect(jira.moveIssue(as(who), key, project).status).toBe(status);
    expect(events).toEqual([]);
  });

  it('tells listeners the app caused an event, and stops telling one that unsubscribed', async () => {
    const late: JiraIssueEvent[] = [];
    const stop = jira.onIssueEvent((e) => late.push(e));
    await call(jira, app, 'PUT', '/rest/api/3/issue/DEMO-8', { fields: { summary: 'By the app' } });
    expect(events[0]!.meta.actor).toEqual(app);
    expect(events[0]!.event.atlassianId).toBeUndefined();
    stop();
    await call(jira, app, 'PUT', '/rest/api/3/issue/DEMO-8', { fields: { summary: 'Again' } });
    expect([events.length, late.length]).toEqual([2, 1]);
  });
});
