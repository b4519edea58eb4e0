// The Jira Cloud REST emulator: answers the documented shapes of the platform API for the routes in ROUTES,
// enforces the acting user's permissions, evaluates JQL with Atlassian's parser, and injects faults.
// Coverage and limits: ./README.md.
import { ATLASSIAN_AVATARS } from './avatars';
import { actorOf, type IssueEventListener } from './events';
import { FaultInjector } from './faults';
import { moveIssue } from './moves';
import { errorBody, JiraHttpError, toResponse, type Reply } from './http';
import { createCallLog } from './log';
import type { JiraSeed } from './model';
import { userCan } from './permissions';
import { matchRoute } from './routes';
import { DEFAULT_APP_NAME } from './serializers/user';
import type { Actor, JiraEmulator, JiraEmulatorOptions, JiraFetchInit } from './types';
import type { Principal, World } from './world';
import { markWritten, setIndexCheck } from './jql/issue-index';

export type { Actor, JiraCallLogEntry, JiraEmulator, JiraEmulatorOptions, JiraFaults, SearchAlias } from './types';
export type { ChangelogItem, IssueEventListener, IssueEventMeta, JiraIssueEvent } from './events';
export type { MoveOutcome } from './moves';
export { searchAliasesFromManifest } from './aliases';
export { ROUTES } from './routes';
export { STORY_POINTS_FIELD } from './serializers/fields';
export { APP_USER, DEFAULT_APP_NAME } from './serializers/user';

export const DEFAULT_BASE_URL = 'https://local-forge.atlassian.net';

const UNAUTHENTICATED = 'You are not authenticated. Authentication required to perform this operation.';

/** Unknown and deactivated accounts cannot call Jira. */
const principalFor = (state: JiraSeed, actor: Actor): Principal => {
  if (actor.kind === 'app') return { kind: 'app' };
  const user = state.users.find((u) => u.accountId === actor.accountId);
  if (!user || !user.active) throw new JiraHttpError(401, [UNAUTHENTICATED]);
  return { kind: 'user', user };
};

const dispatch = (world: World, actor: Actor, method: string, url: URL, init: JiraFetchInit | undefined): Reply => {
  try {
    const principal = principalFor(world.state, actor);
    const match = matchRoute(method, url.pathname);
    if (!match) throw new JiraHttpError(404, [`The Jira emulator has no route for ${method} ${url.pathname}.`]);
    return match.handler({ world, principal, method, params: match.params, query: url.searchParams, body: init?.body ?? null, headers: init?.headers });
  } catch (e) {
    if (e instanceof JiraHttpError) return { status: e.status, body: errorBody(e.errorMessages, e.errors), headers: e.headers };
    return { status: 500, body: errorBody([`Jira emulator failure: ${e instanceof Error ? e.message : String(e)}`]) };
  }
};

/** Requests that never change an issue, though sent as POST: the search index need not be checked after them. */
const READS = new Set(['/rest/api/3/search/jql', '/rest/api/3/search/approximate-count', '/rest/api/3/issue/bulkfetch', '/rest/api/3/permissions/project']);
const mayWrite = (method: string, pathname: string): boolean => method !== 'GET' && !READS.has(pathname);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export function createJiraEmulator(opts: JiraEmulatorOptions): JiraEmulator {
  const listeners = new Set<IssueEventListener>();
  const world: World = {
    // The emulator owns its world: later writes never reach the caller's seed object.
    state: structuredClone(opts.seed),
    baseUrl: (opts.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    avatarBase: (opts.avatarBase ?? ATLASSIAN_AVATARS).replace(/\/+$/, ''),
    appName: opts.appName ?? DEFAULT_APP_NAME,
    clock: opts.clock ?? Date.now,
    aliases: opts.searchAliases ?? [],
    requireBoundedJql: opts.requireBoundedJql ?? false,
    emit: (event, by) => {
      for (const listener of listeners) {
        try {
          listener(structuredClone(event), { actor: actorOf(by) });
        } catch (e) {
          console.error('[jira emulator] an issue event listener threw', e);
        }
      }
    },
  };
  const faults = new FaultInjector();
  const log = createCallLog();

  return {
    state: world.state,
    log,
    setFaults: (f) => faults.set(f),
    get faults() {
      return faults.current;
    },
    now: () => world.clock(),
    setAvatarBase: (base) => {
      world.avatarBase = base.replace(/\/+$/, '');
    },
    can: (accountId, permission, projectId) => userCan(world.state, accountId, permission, projectId),
    onIssueEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setIndexCheck: (mode) => setIndexCheck(world.state, mode),
    moveIssue(actor, issueIdOrKey, projectIdOrKey) {
      try {
        return moveIssue(world, principalFor(world.state, actor), issueIdOrKey, projectIdOrKey);
      } catch (e) {
        if (e instanceof JiraHttpError) return { status: e.status, message: e.errorMessages.join(' ') };
        throw e;
      } finally {
        markWritten(world.state);
      }
    },
    async fetch(actor, path, init) {
      const at = world.clock();
      const method = (init?.method ?? 'GET').toUpperCase();
      const url = new URL(path, 'http://jira.emulator');
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      const reply = faults.next(world.clock()) ?? dispatch(world, actor, method, url, init);
      // After the write (a search during it must not clear the mark).
      if (mayWrite(method, url.pathname)) markWritten(world.state);
      log.add({ method, path: url.pathname, query: url.search.replace(/^\?/, ''), actor: { ...actor }, status: reply.status, at });
      return toResponse(reply);
    },
  };
}
