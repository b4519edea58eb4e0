// Jira's app pages: the global page (Apps menu, jira:globalPage, with the app's own route after the path) and
// the admin page (Jira settings → Apps, jira:adminPage).
import { modulesOfKind } from '../surfaces';
import { framesOf, jiraNav } from './jira-common';
import { esc, link, notice, page, type View } from './layout';

export const globalPage = (v: View, route: string): string => {
  const title = modulesOfKind(v.state, 'jira:globalPage')[0]?.title ?? v.state.site.appName;
  return page({
    title,
    product: 'jira',
    view: v,
    nav: jiraNav(v, 'apps'),
    data: { routeBase: v.state.site.paths.app },
    body: framesOf(v, 'jira:globalPage', 'the Apps menu', {}, { minHeight: 640, route: route || '/' }),
  });
};

const settingsSidebar = (v: View): string =>
  `<div class="host-side-group">Jira settings</div>
<span class="host-side-item host-disabled">System</span><span class="host-side-item host-disabled">Products</span>
<div class="host-side-group">Apps</div>
<span class="host-side-item host-disabled">Explore more apps</span><span class="host-side-item host-disabled">Manage apps</span>
${modulesOfKind(v.state, 'jira:adminPage')
  .map((m) => `<a class="host-side-item" aria-current="page" href="${esc(link(v.state.site.paths.admin, v))}">${esc(m.title)}</a>`)
  .join('')}`;

export const adminPage = (v: View): string => {
  const admin = v.state.forge.jira.can(v.persona.accountId, 'ADMINISTER');
  const banner = admin
    ? ''
    : notice(
        'warning',
        `In Jira, only Jira admins reach this page; ${esc(v.persona.displayName)} is not one. The local host shows it anyway so you can check what the app does for anyone.`,
      );
  return page({
    title: `${v.state.site.appName} settings`,
    product: 'jira',
    view: v,
    nav: jiraNav(v, 'settings'),
    sidebar: settingsSidebar(v),
    body: banner + framesOf(v, 'jira:adminPage', 'Jira settings', {}, { minHeight: 600 }),
  });
};
