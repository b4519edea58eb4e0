// POST /__forge/issue-action: the issue view's controls. Changes an issue AS THE PERSONA through the Jira
// emulator (a transition, a new parent, a move to another project), waits until the app's triggers have
// received the resulting event, and sends the browser back to the issue with Jira's answer shown.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { issueUrl } from './browser/urls';
import { HttpError, readBody } from './http';
import { link } from './pages/layout';
import type { HostState } from './surfaces';

const messageOf = async (res: Response): Promise<string> => {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { errorMessages?: string[]; errors?: Record<string, string> };
    return [...(body.errorMessages ?? []), ...Object.values(body.errors ?? {})].join(' ') || `Jira answered ${res.status}`;
  } catch {
    return `Jira answered ${res.status}`;
  }
};

export const issueAction = async (state: HostState, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const form = new URLSearchParams(await readBody(req));
  const persona = state.personas.find((p) => p.id === form.get('as'));
  const key = form.get('key') ?? '';
  const action = form.get('action');
  const value = form.get('value') ?? '';
  if (!persona || !key || !action) throw new HttpError(400, 'as, key and action are required');
  const actor = { kind: 'user', accountId: persona.accountId } as const;
  const jira = state.forge.jira;
  const send = (method: string, path: string, body: unknown) =>
    jira.fetch(actor, path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  let outcome: { ok: true; key: string; text: string } | { ok: false; text: string };
  if (action === 'status') {
    const r = await send('POST', `/rest/api/3/issue/${encodeURIComponent(key)}/transitions`, { transition: { id: value } });
    outcome = r.ok ? { ok: true, key, text: 'Status changed.' } : { ok: false, text: await messageOf(r) };
  } else if (action === 'parent') {
    const r = await send('PUT', `/rest/api/3/issue/${encodeURIComponent(key)}`, { fields: { parent: value ? { id: value } : null } });
    outcome = r.ok ? { ok: true, key, text: value ? 'Parent epic changed.' : 'Removed from its epic.' } : { ok: false, text: await messageOf(r) };
  } else if (action === 'project') {
    const moved = jira.moveIssue(actor, key, value);
    outcome = 'key' in moved ? { ok: true, key: moved.key, text: `Moved to ${value} as ${moved.key}.` } : { ok: false, text: moved.message };
  } else {
    throw new HttpError(400, `unknown action '${action}'`);
  }
  // What the user sees next should already reflect the app's live roll-up.
  await state.forge.eventsDelivered();
  const view = { persona, theme: form.get('theme') === 'dark' ? ('dark' as const) : ('light' as const) };
  const target = link(issueUrl(outcome.ok ? outcome.key : key), view, { flash: outcome.text, tone: outcome.ok ? 'info' : 'error' });
  res.writeHead(303, { location: target });
  res.end();
};
