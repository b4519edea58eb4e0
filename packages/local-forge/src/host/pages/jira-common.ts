// Pieces shared by the Jira stand-in pages: the top navigation, reads from the Jira emulator as the persona,
// the project sidebar, and the framing of a module on a page.
import type { UiModule } from '../../runtime/manifest';
import { globalPageUrl, issueUrl, projectSettingsUrl, projectUrl } from '../browser/urls';
import { frameFor, modulesOfKind } from '../surfaces';
import { esc, frame, link, notBuilt, type View } from './layout';

export const jiraNav = (v: View, active = ''): string =>
  [
    ['Your work', link('/', v), 'work'],
    ['Projects', link('/jira/projects', v), 'projects'],
    ['Apps', link(globalPageUrl(v.state.site.paths), v), 'apps'],
    ['Settings', link(v.state.site.paths.admin, v), 'settings'],
  ]
    .map(([label, href, id]) => `<a href="${esc(href)}"${id === active ? ' aria-current="page"' : ''}>${esc(label)}</a>`)
    .join('');

export interface JiraReply<T> {
  status: number;
  body: T | undefined;
}

/** Reads Jira as the persona, exactly as their browser would: their permissions apply. */
export const jiraAs = async <T>(v: View, path: string, init?: { method: string; body: unknown }): Promise<JiraReply<T>> => {
  const res = await v.state.forge.jira.fetch({ kind: 'user', accountId: v.persona.accountId }, path, {
    method: init?.method ?? 'GET',
    body: init ? JSON.stringify(init.body) : null,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
  });
  const text = await res.text();
  let body: T | undefined;
  try {
    body = text ? (JSON.parse(text) as T) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, body };
};

export interface JiraProjectBean {
  id: string;
  key: string;
  name: string;
  projectTypeKey?: string;
  lead?: { displayName?: string };
  description?: string;
}

export const projectTypeLabel = (t: string | undefined): string =>
  t === 'software' ? 'Software project' : t === 'service_desk' ? 'Service project' : 'Business project';

export const projectSidebar = (v: View, p: JiraProjectBean, active: 'app' | 'issues' | 'settings'): string => {
  const item = (label: string, href: string, id: string): string =>
    `<a class="host-side-item" href="${esc(link(href, v))}"${id === active ? ' aria-current="page"' : ''}>${esc(label)}</a>`;
  const apps = modulesOfKind(v.state, 'jira:projectPage');
  return `<div class="host-side-project"><span class="host-project-avatar" aria-hidden="true">${esc(p.key.slice(0, 2))}</span>
<div><strong>${esc(p.name)}</strong><div class="host-subtle">${esc(projectTypeLabel(p.projectTypeKey))}</div></div></div>
<div class="host-side-group">Planning</div>
${item('Issues', `${projectUrl(p.key)}/issues`, 'issues')}
<div class="host-side-group">Apps</div>
${apps.length ? apps.map((m) => item(m.title, projectUrl(p.key), 'app')).join('') : item(`${v.state.site.appName} (not built yet)`, projectUrl(p.key), 'app')}
<div class="host-side-group">Settings</div>
${item('Project settings', projectSettingsUrl(p.key), 'settings')}`;
};

/** Every module of a kind framed one under the other, or a "not built yet" notice. */
export const framesOf = (
  v: View,
  kind: string,
  where: string,
  ext: Record<string, unknown>,
  opts: { minHeight: number; route?: string; titled?: boolean },
): string => {
  const modules = modulesOfKind(v.state, kind);
  if (modules.length === 0) return notBuilt(v.state, kind, where);
  return modules
    .map((m: UiModule) => {
      const src = frameFor(m, v.persona, v.theme, ext, opts.route ? { route: opts.route } : {});
      const f = frame({
        src,
        title: m.title,
        minHeight: opts.minHeight,
        testId: `frame-${m.key}`,
        data: { moduleKey: m.key, ...(opts.route ? { route: opts.route } : {}) },
      });
      return opts.titled ? `<section class="host-panel"><h2 class="host-panel-title">${esc(m.title)}</h2>${f}</section>` : f;
    })
    .join('');
};

export const issueLink = (v: View, key: string, text?: string): string => `<a href="${esc(link(issueUrl(key), v))}">${esc(text ?? key)}</a>`;
