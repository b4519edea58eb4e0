// The emulator's world as handlers see it: the live seed, settings, the calling principal and lookups.
// Lookups rebuild small indexes per request, so callers may also edit `state` directly between calls.
import type { JiraIssue, JiraIssueType, JiraProject, JiraSeed, JiraStatus, JiraUser } from './model';
import type { SearchAlias } from './types';
import type { JiraIssueEvent } from './events';

export interface World {
  state: JiraSeed;
  baseUrl: string;
  /** Where users' avatars live (`avatarUrls`): Atlassian's avatar service unless a host serves them itself. */
  avatarBase: string;
  /** The app's display name as its Jira user (/myself as the app). */
  appName: string;
  clock: () => number;
  aliases: SearchAlias[];
  requireBoundedJql: boolean;
  /** Raises an issue event to whoever listens (the local Forge runtime delivers them to triggers). */
  emit: (event: JiraIssueEvent, by: Principal) => void;
}

/** Who is calling, once the account id has been checked. */
export type Principal = { kind: 'app' } | { kind: 'user'; user: JiraUser };

export interface WorldIndex {
  issueById: Map<string, JiraIssue>;
  issueByKey: Map<string, JiraIssue>; // upper-cased key
  projectById: Map<string, JiraProject>;
  statusById: Map<string, JiraStatus>;
  typeById: Map<string, JiraIssueType>;
  userById: Map<string, JiraUser>;
}

const buildIndex = (state: JiraSeed): WorldIndex => ({
  issueById: new Map(state.issues.map((i) => [i.id, i])),
  issueByKey: new Map(state.issues.map((i) => [i.key.toUpperCase(), i])),
  projectById: new Map(state.projects.map((p) => [p.id, p])),
  statusById: new Map(state.statuses.map((s) => [s.id, s])),
  typeById: new Map(state.issueTypes.map((t) => [t.id, t])),
  userById: new Map(state.users.map((u) => [u.accountId, u])),
});

/** The index is reused while the lists keep their size and last item: maps hold the live objects, so field
 *  edits show through; adds and deletes rebuild it; a stale key (an issue moved to another project) is caught
 *  by `findIssue`. With 100,000 issues this saves rebuilding the maps on every call. */
const cache = new WeakMap<JiraSeed, { stamp: string; index: WorldIndex }>();
const stampOf = (s: JiraSeed): string =>
  [s.issues.length, s.issues.at(-1)?.id, s.issues[0]?.id, s.projects.length, s.users.length, s.statuses.length, s.issueTypes.length].join(':');

export const indexWorld = (state: JiraSeed): WorldIndex => {
  const stamp = stampOf(state);
  const hit = cache.get(state);
  if (hit && hit.stamp === stamp) return hit.index;
  const index = buildIndex(state);
  cache.set(state, { stamp, index });
  return index;
};

/** By id, then by key; keys match case-insensitively as Jira's lookup does. */
export const findIssue = (index: WorldIndex, idOrKey: string): JiraIssue | undefined => {
  const byId = index.issueById.get(idOrKey);
  if (byId) return byId;
  const upper = idOrKey.toUpperCase();
  const byKey = index.issueByKey.get(upper);
  if (byKey && byKey.key.toUpperCase() === upper) return byKey;
  // The key map may predate a move that gave an issue a new key: look for the live key.
  for (const issue of index.issueById.values()) if (issue.key.toUpperCase() === upper) return issue;
  return undefined;
};

/** By id or by key; the contract says project keys are case sensitive here. */
export const findProject = (state: JiraSeed, idOrKey: string): JiraProject | undefined =>
  state.projects.find((p) => p.id === idOrKey) ?? state.projects.find((p) => p.key === idOrKey);

/** Jira's timestamp format: 2024-01-15T10:30:00.000+0000. */
export const jiraDate = (iso: string): string => {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().replace('Z', '+0000');
};

export const nowIso = (world: World): string => new Date(world.clock()).toISOString();

/** Numeric part of an issue key, for ordering DEMO-9 before DEMO-10. */
export const keyNumber = (key: string): number => Number(key.slice(key.lastIndexOf('-') + 1)) || 0;
export const keyProject = (key: string): string => key.slice(0, Math.max(0, key.lastIndexOf('-')));

/** Value at a dotted path inside a JSON value; arrays along the way fan out (Jira indexes every element). */
export const valuesAtPath = (root: unknown, path: string): unknown[] => {
  let current: unknown[] = [root];
  for (const part of path.split('.').filter((p) => p !== '')) {
    const next: unknown[] = [];
    for (const v of current.flatMap((c) => (Array.isArray(c) ? c : [c]))) {
      if (v !== null && typeof v === 'object' && part in (v as Record<string, unknown>)) {
        next.push((v as Record<string, unknown>)[part]);
      }
    }
    current = next;
  }
  return current.flatMap((c) => (Array.isArray(c) ? c : [c])).filter((v) => v !== null && v !== undefined);
};
