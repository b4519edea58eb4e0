// Scheduled trigger (weekly): the digest of what is due from each leader and manager, when a Jira admin turned it
// on. Answers in the shape the platform expects of scheduled trigger functions.
import { runWeeklyDigest } from '../services/due/weekly-digest';
import { digestDeps } from '../wiring/digest';
import type { Env } from '../wiring/env';

export const weeklyDigestTrigger = (env: Env) => async (_request?: unknown, _context?: unknown) => {
  const run = await runWeeklyDigest(digestDeps(env));
  if (run.failed > 0) console.warn(`[throughline] weekly digest: ${run.failed} mails failed`);
  return { statusCode: 200, headers: { 'Content-Type': ['application/json'] }, body: JSON.stringify({ ...run, sent: run.sent.length }) };
};
