// Trigger for Jira issue events (created, updated, deleted): parse the platform's payload, hand it to the
// roll-up use case. Failures are logged, not thrown: the hourly reconcile repairs whatever an event missed.
import { IssueEventPayload } from '../shared/issue-event';
import { handleIssueEvent } from '../services/rollup/rollup-events';
import type { Env } from '../wiring/env';
import { rollupDeps } from '../wiring/rollup';

export const issueEventsTrigger =
  (env: Env) =>
  async (event: unknown, _context?: unknown): Promise<void> => {
    const parsed = IssueEventPayload.safeParse(event);
    if (!parsed.success) {
      console.warn('[throughline] ignoring an issue event of an unexpected shape', parsed.error.issues.slice(0, 3));
      return;
    }
    try {
      await handleIssueEvent(rollupDeps(env), parsed.data);
    } catch (e) {
      console.error(`[throughline] roll-up update for issue ${parsed.data.issue.id} failed; the reconcile job will repair it`, e);
    }
  };
