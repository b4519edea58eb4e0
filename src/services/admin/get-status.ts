// Use case: the admin page's health check. Who you are, whether storage and Jira answer, and how fast; storage only
// for a Jira admin, since the check writes to it.
import type { AdminStatus, Probe } from '../../shared/api/admin';
import { isAppFailure } from '../../shared/errors';
import type { AppInfo } from '../ports/app-info';
import type { Clock } from '../../shared/clock';

export interface StatusDeps {
  app: AppInfo;
  clock: Clock;
  /** The calling user as Jira sees them, read as that user. */
  myself(): Promise<{ accountId: string; displayName: string }>;
  isJiraAdmin(): Promise<boolean>;
  storageRoundTrip(): Promise<void>;
  elapsed?: () => () => number;
}

const stopwatch = (): (() => number) => {
  const start = performance.now();
  return () => Math.round(performance.now() - start);
};

const describe = (e: unknown): string => (isAppFailure(e) ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(e));

const probe = async (work: () => Promise<string>, start: () => () => number): Promise<Probe> => {
  const stop = start();
  try {
    const detail = await work();
    return { reachable: true, latencyMs: stop(), detail };
  } catch (e) {
    return { reachable: false, latencyMs: stop(), detail: describe(e) };
  }
};

export const getStatus = async (deps: StatusDeps): Promise<AdminStatus> => {
  const start = deps.elapsed ?? stopwatch;
  // What the Jira check learns of the caller (null when Jira did not answer).
  const seen: { you: AdminStatus['you'] } = { you: null };
  const jira = await probe(async () => {
    const me = await deps.myself();
    const isJiraAdmin = await deps.isJiraAdmin();
    seen.you = { accountId: me.accountId, displayName: me.displayName, isJiraAdmin };
    return `Read as ${me.displayName}`;
  }, start);
  const { you } = seen;
  // The storage check writes: only a Jira admin (whom the product alone shows the admin page) makes the app do it.
  const storage = you?.isJiraAdmin
    ? await probe(async () => {
        await deps.storageRoundTrip();
        return 'Write, read and delete succeeded';
      }, start)
    : null;
  return { app: deps.app, you, storage, jira, checkedAt: deps.clock.now().toISOString() };
};
