// "Sent mail": what Jira would have mailed through `POST /issue/{id}/notify` (the emulator records it instead of
// sending), newest first, with the recipients it reached. A page of the local host, not of Jira.
import { esc, link, page, type View } from './layout';
import { jiraNav } from './jira-common';

export const sentMailPage = (v: View): string => {
  const users = new Map(v.state.forge.jira.state.users.map((u) => [u.accountId, u.displayName]));
  const mails = [...(v.state.forge.jira.state.notifications ?? [])].reverse();
  const nameOf = (id: string) => (id === 'app' ? v.state.site.appName : (users.get(id) ?? id));
  const list =
    mails.length === 0
      ? '<p data-testid="no-mail">No mail sent yet. Jira mails what apps send through an issue’s notification; the local host keeps it here instead.</p>'
      : `<ol class="host-mail-list">${mails
          .map(
            (m) => `<li class="host-mail" data-testid="mail" data-to="${esc(m.to.join(' '))}">
  <h2 class="host-mail-subject" data-testid="mail-subject">${esc(m.subject)}</h2>
  <p class="host-subtle">To <span data-testid="mail-to">${m.to.length === 0 ? 'nobody (no recipient may browse the issue)' : esc(m.to.map(nameOf).join(', '))}</span>
  · from ${esc(nameOf(m.from))} · about <a href="${esc(link(`/jira/issue/${m.issueKey}`, v))}">${esc(m.issueKey)}</a> · ${esc(m.at.replace('T', ' ').slice(0, 16))} UTC</p>
  <pre class="host-mail-body" data-testid="mail-body">${esc(m.textBody)}</pre>
</li>`,
          )
          .join('')}</ol>`;
  return page({
    title: 'Sent mail',
    product: 'jira',
    view: v,
    nav: jiraNav(v),
    body: `<h1 class="host-page-title">Sent mail</h1>
<p class="host-subtle">What Jira would have mailed, newest first. Run a scheduled job now with <code>POST /__forge/scheduled/&lt;module key&gt;</code>.</p>
${list}`,
  });
};
