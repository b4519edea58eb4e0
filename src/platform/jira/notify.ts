// The weekly digest's way out: Jira's issue notification (`POST /rest/api/3/issue/{id}/notify`, scope
// write:jira-work, which the app has), sent as the app on the most recently updated epic tagged with one of the
// person's goals that the person may browse: one search as the app for the newest few, then Jira asked, epic by
// epic, whether the person may browse it (`GET /rest/api/3/user/viewissue/search`, scope read:jira-user).
import { route } from '@forge/api';
import { z } from 'zod';
import type { DigestMailer } from '../../services/ports/digest';
import type { JiraClient } from './client';

const Found = z.object({ issues: z.array(z.object({ id: z.string(), key: z.string() })) });
const Browsers = z.array(z.object({ accountId: z.string() }));

/** Epics looked at for one person, newest first: the first one they may browse carries the mail. */
const CANDIDATES = 10;

/** Goal ids are entity ids (letters, digits, - and _), so quoting them cannot break out of the JQL string. */
const SAFE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const jiraDigestMailer = (jira: JiraClient): DigestMailer => ({
  async epicFor(goalIds, accountId) {
    const ids = goalIds.filter((g) => SAFE_ID.test(g)).slice(0, 100);
    if (ids.length === 0) return null;
    const jql = `issuetype = Epic AND throughlineGoal in (${ids.map((g) => `"${g}"`).join(', ')}) ORDER BY updated DESC`;
    const res = await jira.json(
      'app',
      (r) =>
        r.requestJira(route`/rest/api/3/search/jql`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ jql, fields: ['summary'], maxResults: CANDIDATES }),
        }),
      Found,
    );
    // Anyone who may edit an epic can tag it, in a project the person may not browse; Jira would mail them nothing.
    for (const epic of res.issues) {
      const users = await jira.json(
        'app',
        (r) =>
          r.requestJira(route`/rest/api/3/user/viewissue/search?accountId=${accountId}&issueKey=${epic.key}&maxResults=1`, {
            headers: { Accept: 'application/json' },
          }),
        Browsers,
      );
      if (users.some((u) => u.accountId === accountId)) return epic;
    }
    return null;
  },
  send(issueId, accountId, mail) {
    return jira.send('app', (r) =>
      r.requestJira(route`/rest/api/3/issue/${issueId}/notify`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ subject: mail.subject, textBody: mail.textBody, htmlBody: mail.htmlBody, to: { users: [{ accountId }] } }),
      }),
    );
  },
});
