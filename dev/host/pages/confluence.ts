// GET /confluence/page/<id>[?mode=edit]: a Confluence page holding one instance of every `macro` module. In
// view mode the macros render with their saved config; in edit mode each macro with a custom config gets a
// Configure button that opens `config.resource` in a modal, whose view.submit({config}) saves it.
import type { Persona } from '../../demo';
import type { UiModule } from '../../runtime/manifest';
import { confluencePageUrl } from '../browser/urls';
import { frameFor, modulesOfKind, type HostState, type Theme } from '../surfaces';
import { esc, frame, link, notBuilt, page, type View } from './layout';

const PAGES: Record<string, string> = { '1001': 'Strategy review 2026', '1002': 'Leadership offsite notes' };
export const DEMO_PAGE_ID = '1001';
const SPACE = { id: '65537', key: 'STRAT', name: 'Strategy' };

interface MacroConfigSpec {
  resource?: string;
  viewportSize?: string;
  title?: string;
}

const configSpec = (state: HostState, key: string): MacroConfigSpec | undefined => {
  const raw = (state.forge.manifest.modules.macro ?? []).find((m) => m.key === key)?.config;
  return typeof raw === 'object' && raw !== null ? (raw as MacroConfigSpec) : undefined;
};

export const macroLocalId = (pageId: string, m: UiModule): string => `${m.key}-on-${pageId}`;

const macroExtension = (state: HostState, pageId: string, localId: string, editing: boolean, configuring: boolean): Record<string, unknown> => {
  const config = state.macroConfigs[`${pageId}/${localId}`];
  return {
    content: { id: pageId, type: 'page' },
    space: { id: SPACE.id, key: SPACE.key },
    isEditing: editing,
    ...(config ? { config } : {}),
    macro: { isConfiguring: configuring, isInserting: false },
    references: [],
  };
};

/** The view frame's URL of one macro for a persona, after its config changed. */
export const macroViewSrc = (
  state: HostState,
  o: { pageId: string; localId: string; persona: Persona | undefined; theme: Theme; editing: boolean },
): string | undefined => {
  const m = modulesOfKind(state, 'macro').find((x) => macroLocalId(o.pageId, x) === o.localId);
  if (!m) return undefined;
  return frameFor(m, o.persona, o.theme, macroExtension(state, o.pageId, o.localId, o.editing, false), { localId: o.localId });
};

const macroBlock = (v: View, pageId: string, m: UiModule, editing: boolean): string => {
  const localId = macroLocalId(pageId, m);
  const src = frameFor(m, v.persona, v.theme, macroExtension(v.state, pageId, localId, editing, false), { localId });
  const spec = configSpec(v.state, m.key);
  let toolbar = '';
  if (editing) {
    const configSrc = spec?.resource
      ? frameFor(m, v.persona, v.theme, macroExtension(v.state, pageId, localId, true, true), { localId, resource: spec.resource })
      : undefined;
    toolbar = `<div class="host-macro-toolbar"><span class="host-subtle">${esc(m.title)} macro</span>${
      configSrc
        ? `<button type="button" class="host-button" data-macro-config-button data-testid="configure-${esc(m.key)}" data-config-src="${esc(configSrc)}" data-config-title="${esc(`Configure ${m.title}`)}" data-config-size="${esc(spec?.viewportSize ?? 'medium')}" data-local-id="${esc(localId)}" data-page-id="${esc(pageId)}">⚙ Configure</button>`
        : '<span class="host-subtle">(no custom config)</span>'
    }</div>`;
  }
  return `<figure class="host-macro${editing ? ' host-macro-editing' : ''}" data-testid="macro-${esc(m.key)}">${toolbar}${frame({
    src,
    title: m.title,
    minHeight: 120,
    testId: `frame-${m.key}`,
    data: { macroView: localId, moduleKey: m.key },
  })}</figure>`;
};

export const confluencePage = (v: View, pageId: string): string => {
  const editing = v.url.searchParams.get('mode') === 'edit';
  const title = PAGES[pageId] ?? `Page ${pageId}`;
  const macros = modulesOfKind(v.state, 'macro');
  const blocks = macros.length ? macros.map((m) => macroBlock(v, pageId, m, editing)).join('') : notBuilt('macro', 'Confluence pages');
  const modeSwitch = editing
    ? `<div class="host-edit-bar"><strong>Editing</strong><span class="host-subtle">Changes to macro configs are saved when you submit them.</span><a class="host-button host-button-primary" href="${esc(link(confluencePageUrl(pageId), v))}" data-testid="publish">Publish</a></div>`
    : `<div class="host-page-actions"><a class="host-button" href="${esc(link(confluencePageUrl(pageId, true), v))}" data-testid="edit-page">✎ Edit</a></div>`;
  const tree = Object.entries(PAGES)
    .map(([id, t]) => `<a class="host-side-item" href="${esc(link(confluencePageUrl(id), v))}"${id === pageId ? ' aria-current="page"' : ''}>${esc(t)}</a>`)
    .join('');
  return page({
    title,
    product: 'confluence',
    view: v,
    nav: ['Home', 'Recent', 'Spaces', 'Apps'].map((n) => `<span>${n}</span>`).join(''),
    sidebar: `<div class="host-side-project"><span class="host-project-avatar" aria-hidden="true">ST</span><div><strong>${SPACE.name}</strong><div class="host-subtle">Space</div></div></div><div class="host-side-group">Content</div>${tree}`,
    data: { pageId, mode: editing ? 'edit' : 'view' },
    body: `${modeSwitch}<article class="host-confluence-page"><h1 class="host-page-title" data-testid="page-title">${esc(title)}</h1>
<p class="host-subtle">Owned by Helen Marsh · ${editing ? 'Draft' : 'Published'}</p>
<p>This page collects where the company stands against its strategy goals. The macros below are live: they read Jira and the app's storage as the person viewing the page.</p>
${blocks}</article>`,
  });
};
