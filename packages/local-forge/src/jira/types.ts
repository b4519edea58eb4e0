// Public types of the Jira emulator, shared by its parts and re-exported by ./emulator.
import type { JiraSeed, ProjectPermissionKey } from './model';
import type { IssueEventListener } from './events';
import type { MoveOutcome } from './moves';
import type { IndexCheck } from './jql/issue-index';

export type Actor = { kind: 'app' } | { kind: 'user'; accountId: string };

/** One JQL-searchable value of an issue entity property (from a `jira:entityProperty` module). */
export interface SearchAlias {
  propertyKey: string;
  path: string;
  type: 'string' | 'number' | 'text' | 'user' | 'date';
  alias: string;
}

export interface JiraFaults {
  latencyMs?: number;
  rateLimitEvery?: number;
  /** Epoch ms: every call answers 429 until then. */
  rateLimitUntil?: number;
  retryAfterSeconds?: number;
  serverErrorEvery?: number;
  serverErrorStatus?: number;
  /** Jira goes down mid-work: from the Nth call after the faults were set on, every call answers `downStatus`. */
  downFrom?: number;
  /** The status while down (default 500, which a client does not retry; 503 and 429 carry Retry-After). */
  downStatus?: number;
}

export interface JiraCallLogEntry {
  method: string;
  path: string;
  query: string;
  actor: Actor;
  status: number;
  at: number;
}

export interface JiraCallLog {
  /** Copies of the calls logged, from index `from` on (0: all): a caller watching one call copies only its tail. */
  entries(from?: number): JiraCallLogEntry[];
  count(filter?: { method?: string; pathPrefix?: string; actor?: 'app' | 'user' }): number;
  reset(): void;
}

export interface JiraFetchInit {
  method?: string;
  body?: string | null;
  headers?: unknown;
}

export interface JiraEmulator {
  /** `path` like '/rest/api/3/issue/DEMO-1?fields=summary' (an absolute URL on any host also works). */
  fetch(actor: Actor, path: string, init?: JiraFetchInit): Promise<Response>;
  /** Live world, mutated by writes. */
  readonly state: JiraSeed;
  setFaults(f: JiraFaults): void;
  /** How the search index is checked against the issues (./jql/issue-index.ts); 'every-search' unless set. */
  setIndexCheck(mode: IndexCheck): void;
  /** The faults injected now. */
  readonly faults: JiraFaults;
  /** The emulator's clock, epoch milliseconds. */
  now(): number;
  readonly log: JiraCallLog;
  can(accountId: string, permission: ProjectPermissionKey | 'ADMINISTER', projectId?: string): boolean;
  /** Calls `listener` after every issue create, update and delete, with Jira's event payload; returns an unsubscribe. */
  onIssueEvent(listener: IssueEventListener): () => void;
  /** Moves an issue (and its subtasks) to another project as `actor`, as Jira's move wizard does; raises the update event. */
  moveIssue(actor: Actor, issueIdOrKey: string, projectIdOrKey: string): MoveOutcome;
  /**
   * Points users' `avatarUrls` at `base` (`<base>/initials/<XY>-<n>.svg?size=<px>`), e.g. the local host, which
   * draws them (`avatarSvg`), so pages show avatars with no network. Default: Atlassian's avatar service.
   */
  setAvatarBase(base: string): void;
}

export interface JiraEmulatorOptions {
  seed: JiraSeed;
  searchAliases?: SearchAlias[];
  clock?: () => number;
  /** The site's URL in `self` links; default DEFAULT_BASE_URL. */
  baseUrl?: string;
  /** Where users' avatars live; default Atlassian's avatar service (see `setAvatarBase`). */
  avatarBase?: string;
  /** The app's display name as its Jira user (what /myself answers as the app); default 'Forge app'. */
  appName?: string;
  /**
   * Real Jira refuses unbounded JQL (no WHERE clause) on search/jql and approximate-count.
   * Off by default: an empty JQL string then returns everything the actor may see.
   */
  requireBoundedJql?: boolean;
}
