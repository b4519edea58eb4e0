// POST /issue/{id}/notify: what Jira would mail is recorded on the world, reaching only recipients who may browse
// the issue; a caller who cannot see the issue is told it does not exist, and nothing is recorded.
import { createJiraEmulator } from '../../src/jira/emulator';
import { smallWorld } from './builders';
import { app, as, get, post } from './http';

const NOW = Date.UTC(2026, 10, 30, 8, 0);
const fresh = () => createJiraEmulator({ seed: smallWorld(), clock: () => NOW });

describe('an issue notification', () => {
  it('is recorded with its subject, bodies and the recipients who may browse the issue', async () => {
    const jira = fresh();
    const out = await post(jira, app, '/rest/api/3/issue/DEMO-8/notify', {
      subject: 'Due this week',
      textBody: 'Two things',
      htmlBody: '<p>Two things</p>',
      to: { users: [{ accountId: 'u-dev' }, { accountId: 'u-out' }, { accountId: 'u-nobody' }] },
    });
    expect(out.status).toBe(204);
    expect(jira.state.notifications).toEqual([
      {
        id: '1',
        at: '2026-11-30T08:00:00.000Z',
        issueId: expect.any(String),
        issueKey: 'DEMO-8',
        from: 'app',
        to: ['u-dev'],
        subject: 'Due this week',
        textBody: 'Two things',
        htmlBody: '<p>Two things</p>',
      },
    ]);
  });

  it('answers 404 to a caller who cannot see the issue, and records nothing', async () => {
    const jira = fresh();
    const out = await post(jira, as('u-out'), '/rest/api/3/issue/SEC-1/notify', { subject: 'x', to: { users: [{ accountId: 'u-lead' }] } });
    expect(out.status).toBe(404);
    expect(jira.state.notifications ?? []).toEqual([]);
  });

  it('refuses recipients that are not objects with an account id', async () => {
    const jira = fresh();
    expect((await post(jira, app, '/rest/api/3/issue/DEMO-8/notify', { to: { users: ['u-dev'] } })).status).toBe(400);
    expect((await post(jira, app, '/rest/api/3/issue/DEMO-8/notify', { to: 'u-dev' })).status).toBe(400);
    expect(jira.state.notifications ?? []).toEqual([]);
  });
});

// GET /user/viewissue/search: whom a notification about an issue would reach, asked before sending one.
describe('the users who may browse an issue', () => {
  const ids = (body: unknown) => (body as { accountId: string }[]).map((u) => u.accountId);
  const ask = (jira: ReturnType<typeof fresh>, query: string) => get(jira, app, `/rest/api/3/user/viewissue/search?${query}`);

  it('is the one asked for by account id when they may browse the issue, and nobody when they may not', async () => {
    const jira = fresh();
    expect(ids((await ask(jira, 'accountId=u-lead&issueKey=SEC-1')).body)).toEqual(['u-lead']);
    expect(ids((await ask(jira, 'accountId=u-dev&issueKey=SEC-1')).body)).toEqual([]);
    expect(ids((await ask(jira, 'accountId=u-gone&issueKey=DEMO-8')).body)).toEqual([]);
  });

  it('is every active user matching a name who may browse a project’s issues', async () => {
    const jira = fresh();
    expect(ids((await ask(jira, 'query=l&projectKey=SEC')).body)).toEqual(['u-lead']);
  });

  it('answers 404 for an issue the caller may not see, as for a missing one, and 400 without an issue or a person', async () => {
    const jira = fresh();
    const hidden = await get(jira, as('u-out'), '/rest/api/3/user/viewissue/search?accountId=u-lead&issueKey=SEC-1');
    const missing = await get(jira, as('u-out'), '/rest/api/3/user/viewissue/search?accountId=u-lead&issueKey=SEC-999');
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(hidden.body).toEqual(missing.body);
    expect((await ask(jira, 'accountId=u-lead')).status).toBe(400);
    expect((await ask(jira, 'issueKey=SEC-1')).status).toBe(400);
    expect((await ask(jira, 'accountId=u-lead&query=l&issueKey=SEC-1')).status).toBe(400);
  });
});
