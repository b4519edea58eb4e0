// A thin JSON client over the emulator for tests: status, headers and parsed body of one call.
/* eslint-disable @typescript-eslint/no-explicit-any -- a test-only JSON client: each test asserts the body shapes it relies on. */
import type { Actor, JiraEmulator } from '../../src/jira/emulator';

export const app: Actor = { kind: 'app' };
export const as = (accountId: string): Actor => ({ kind: 'user', accountId });

export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export const call = async <T = any>(jira: JiraEmulator, actor: Actor, method: string, path: string, body?: unknown): Promise<Answer<T>> => {
  const res = await jira.fetch(actor, path, {
    method,
    headers: body === undefined ? { Accept: 'application/json' } : { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: (text === '' ? undefined : JSON.parse(text)) as T };
};

export const get = <T = any>(jira: JiraEmulator, actor: Actor, path: string) => call<T>(jira, actor, 'GET', path);
export const post = <T = any>(jira: JiraEmulator, actor: Actor, path: string, body: unknown) => call<T>(jira, actor, 'POST', path, body);

/** Keys of a search/jql page (fields must include at least one field so keys come back). */
export const searchKeys = async (jira: JiraEmulator, actor: Actor, jql: string): Promise<Answer & { keys: string[] }> => {
  const answer = await post(jira, actor, '/rest/api/3/search/jql', { jql, fields: ['summary'], maxResults: 100 });
  const keys = answer.status === 200 ? (answer.body.issues as Array<{ key: string }>).map((i) => i.key) : [];
  return { ...answer, keys };
};
