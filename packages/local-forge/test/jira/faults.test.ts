// Injected faults and the call log: 429s with Jira's headers, 5xx, latency; every call is logged.
import { createJiraEmulator } from '../../src/jira/emulator';
import { smallWorld } from './builders';
import { app, as, get, post } from './http';

const ISSUE = '/rest/api/3/issue/PUB-1';

describe('injected faults', () => {
  it('answers 429 on every 3rd call with Retry-After, X-RateLimit-Reset and RateLimit-Reason', async () => {
    const now = Date.UTC(2025, 0, 1);
    const jira = createJiraEmulator({ seed: smallWorld(), clock: () => now });
    jira.setFaults({ rateLimitEvery: 3 });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await get(jira, app, ISSUE));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 429, 200, 200, 429]);
    const limited = answers[2]!;
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-reset')).toBe(new Date(now + 1000).toISOString());
    expect(limited.headers.get('ratelimit-reason')).toBe('jira-burst-based');
    expect(limited.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    expect(answers[0]!.headers.get('retry-after')).toBeNull();
    // Faulted calls are logged like any other.
    expect(jira.log.entries().map((e) => e.status)).toEqual([200, 200, 429, 200, 200, 429]);
    expect(jira.log.count()).toBe(6);
  });

  it('honours retryAfterSeconds and rateLimitUntil', async () => {
    let now = Date.UTC(2025, 0, 1);
    const jira = createJiraEmulator({ seed: smallWorld(), clock: () => now });
    jira.setFaults({ rateLimitUntil: now + 5_000 });
    const first = await get(jira, app, ISSUE);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('5');
    now += 4_000;
    expect((await get(jira, app, ISSUE)).status).toBe(429);
    now += 1_000;
    expect((await get(jira, app, ISSUE)).status).toBe(200);
    jira.setFaults({ rateLimitEvery: 1, retryAfterSeconds: 30 });
    expect((await get(jira, app, ISSUE)).headers.get('retry-after')).toBe('30');
    jira.setFaults({});
    expect((await get(jira, app, ISSUE)).status).toBe(200);
  });

  it('answers 503 with Retry-After on every Nth call, or the status asked for', async () => {
    const jira = createJiraEmulator({ seed: smallWorld() });
    jira.setFaults({ serverErrorEvery: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await get(jira, app, ISSUE));
    expect(statuses.map((s) => s.status)).toEqual([200, 503, 200, 503]);
    expect(statuses[1]!.headers.get('retry-after')).toBe('1');
    jira.setFaults({ serverErrorEvery: 1, serverErrorStatus: 500 });
    const five = await get(jira, app, ISSUE);
    expect(five.status).toBe(500);
    expect(five.headers.get('retry-after')).toBeNull();
    expect(five.body.errors).toEqual({});
  });

  it('goes down from the Nth call on, with the status asked for, until the faults change', async () => {
    const jira = createJiraEmulator({ seed: smallWorld() });
    jira.setFaults({ downFrom: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await get(jira, app, ISSUE)).status);
    expect(statuses).toEqual([200, 200, 500, 500, 500]);
    jira.setFaults({ downFrom: 1, downStatus: 429, retryAfterSeconds: 7 });
    const limited = await get(jira, app, ISSUE);
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
    jira.setFaults({ downFrom: 2, downStatus: 503 });
    expect((await get(jira, app, ISSUE)).status).toBe(200);
    const down = await get(jira, app, ISSUE);
    expect([down.status, down.headers.get('retry-after')]).toEqual([503, '1']);
    jira.setFaults({});
    expect((await get(jira, app, ISSUE)).status).toBe(200);
  });

  it('delays every call by latencyMs', async () => {
    const jira = createJiraEmulator({ seed: smallWorld() });
    const quickStart = Date.now();
    await get(jira, app, ISSUE);
    const quick = Date.now() - quickStart;
    jira.setFaults({ latencyMs: 120 });
    const start = Date.now();
    const res = await get(jira, app, ISSUE);
    expect(res.status).toBe(200);
    expect(Date.now() - start).toBeGreaterThanOrEqual(115);
    expect(quick).toBeLessThan(115);
  });
});

describe('the call log', () => {
  it('records method, path, query, actor, status and time, and filters and resets', async () => {
    let now = 1_000;
    const jira = createJiraEmulator({ seed: smallWorld(), clock: () => now++ });
    await get(jira, app, `${ISSUE}?fields=summary`);
    await get(jira, as('u-out'), '/rest/api/3/issue/SEC-1');
    await post(jira, as('u-dev'), '/rest/api/3/search/jql', { jql: 'project = DEMO' });
    await get(jira, as('ghost'), '/rest/api/3/myself');
    expect(jira.log.entries()[0]).toEqual({ method: 'GET', path: ISSUE, query: 'fields=summary', actor: { kind: 'app' }, status: 200, at: 1_000 });
    expect(jira.log.entries().map((e) => e.status)).toEqual([200, 404, 200, 401]);
    expect(jira.log.count({ actor: 'user' })).toBe(3);
    expect(jira.log.count({ actor: 'app' })).toBe(1);
    expect(jira.log.count({ method: 'POST' })).toBe(1);
    expect(jira.log.count({ method: 'get', pathPrefix: '/rest/api/3/issue/' })).toBe(2);
    expect(jira.log.count({ pathPrefix: '/rest/api/3/search' })).toBe(1);
    jira.log.entries()[0]!.status = 999; // a copy: the log cannot be edited from outside
    expect(jira.log.entries()[0]!.status).toBe(200);
    jira.log.reset();
    expect(jira.log.count()).toBe(0);
  });
});
