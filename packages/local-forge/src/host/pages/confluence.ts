// GET /confluence/page/<id>[?mode=edit]: a Confluence page holding macros. The pages and their space are the
// app's (site options). A page with `macros: 'all'` holds one instance of every `macro` module; every page also holds the macros inserted on it in edit mode ("Insert
// macro", a menu of the manifest's macro modules by title), each with a fresh localId, kept like macro configs.
// In view mode the macros render with their saved config; in edit mode each macro with a custom config gets a
// Configure button that opens `config.resource` in a modal, whose view.submit({config}) saves it.
import type { UiModule } from '../../runtime/manifest';
import { confluencePageUrl } from '../browser/urls';
import type { Persona } from '../site';
import { frameFor, modulesOfKind, type HostState, type Theme } from '../surfaces';
import { esc, frame, link, notBuilt, notice, page, type View } from './layout';

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

/** One macro on a page: the built-in ones of a page with `macros: 'all'` (not removable) and the inserted ones. */
export interface PageMacro {
  localId: string;
  module: UiModule;
  inserted: boolean;
}

export const macrosOnPage = (state: HostState, pageId: string): PageMacro[] => {
  const modules = modulesOfKind(state, 'macro');
  const builtIn =
    state.site.confluence.pages.find((p) => p.id === pageId)?.macros === 'all'
      ? modules.map((module) => ({ localId: macroLocalId(pageId, module), module, inserted: false }))
      : [];
  const inserted = (state.macroInstances[pageId] ?? []).flatMap((i) => {
    const module = modules.find((m) => m.key === i.moduleKey);
    return module ? [{ localId: i.localId, module, inserted: true }] : [];
  });
  return [...builtIn, ...inserted];
};

const macroExtension = (state: HostState, pageId: string, localId: string, editing: boolean, configuring: boolean): Record<string, unknown> => {
  const config = state.macroConfigs[`${pageId}/${localId}`];
  return {
    content: { id: pageId, type: 'page' },
    space: { id: state.site.confluence.space.id, key: state.site.confluence.space.key },
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
  const m = macrosOnPage(state, o.pageId).find((x) => x.localId === o.localId);
  if (!m) return undefined;
  return frameFor(m.module, o.persona, o.theme, macroExtension(state, o.pageId, o.localId, o.editing, false), { localId: o.localId });
};

const configFrameSrc = (state: HostState, pageId: string, localId: string, m: UiModule, persona: Persona | undefined, theme: Theme): string | undefined => {
  const resource = configSpec(state, m.key)?.resource;
  return resource ? frameFor(m, persona, theme, macroExtension(state, pageId, localId, true, true), { localId, resource }) : undefined;
};

/** The config frame's URL of one macro, carrying its current config: what Configure opens next time. */
export const macroConfigSrc = (state: HostState, o: { pageId: string; localId: string; persona: Persona | undefined; theme: Theme }): string | undefined => {
  const m = macrosOnPage(state, o.pageId).find((x) => x.localId === o.localId);
  return m ? configFrameSrc(state, o.pageId, o.localId, m.module, o.persona, o.theme) : undefined;
};

const macroToolbar = (v: View, pageId: string, { localId, module: m, inserted }: PageMacro): string => {
  const spec = configSpec(v.state, m.key);
  const configSrc = configFrameSrc(v.state, pageId, localId, m, v.persona, v.theme);
  const configure = configSrc
    ? `<button type="button" class="host-button" data-macro-config-button data-testid="configure-${esc(m.key)}" data-config-src="${esc(configSrc)}" data-config-title="${esc(`Configure ${m.title}`)}" data-config-size="${esc(spec?.viewportSize ?? 'medium')}" data-local-id="${esc(localId)}" data-page-id="${esc(pageId)}">⚙ Configure</button>`
    : '<span class="host-subtle">(no custom config)</span>';
  const remove = inserted
    ? `<button type="button" class="host-button" data-remove-macro data-testid="remove-${esc(m.key)}" data-local-id="${esc(localId)}" data-page-id="${esc(pageId)}" aria-label="${esc(`Remove ${m.title}`)}">✕ Remove</button>`
    : '';
  return `<div class="host-macro-toolbar"><span class="host-subtle">${esc(m.title)} macro</span><span class="host-macro-actions">${configure}${remove}</span></div>`;
};

const macroBlock = (v: View, pageId: string, pm: PageMacro, editing: boolean): string => {
  const { localId, module: m } = pm;
  const src = frameFor(m, v.persona, v.theme, macroExtension(v.state, pageId, localId, editing, false), { localId });
  return `<figure class="host-macro${editing ? ' host-macro-editing' : ''}" data-testid="macro-${esc(m.key)}" data-local-id="${esc(localId)}">${editing ? macroToolbar(v, pageId, pm) : ''}${frame(
    {
      src,
      title: m.title,
      minHeight: 120,
      testId: `frame-${m.key}`,
      data: { macroView: localId, moduleKey: m.key },
    },
  )}</figure>`;
};

/** Edit mode's "Insert macro": a menu of the manifest's macro modules by title. */
const insertMenu = (v: View, pageId: string): string => {
  const macros = modulesOfKind(v.state, 'macro');
  if (macros.length === 0) return '';
  const items = macros
    .map((m) => {
      const about = (v.state.forge.manifest.modules.macro ?? []).find((x) => x.key === m.key)?.description;
      const description = typeof about === 'string' ? `<span class="host-subtle">${esc(about)}</span>` : '';
      return `<li><button type="button" class="host-insert-item" role="menuitem" data-insert-macro="${esc(m.key)}" data-page-id="${esc(pageId)}" data-testid="insert-${esc(m.key)}"><strong>${esc(m.title)}</strong>${description}</button></li>`;
    })
    .join('');
  return `<details class="host-insert" data-testid="insert-menu"><summary class="host-button" data-testid="insert-macro">+ Insert macro</summary><ul class="host-insert-menu" role="menu" aria-label="Macros">${items}</ul></details>`;
};

export const confluencePage = (v: View, pageId: string): string => {
  const editing = v.url.searchParams.get('mode') === 'edit';
  const { space, pages } = v.state.site.confluence;
  const spec = pages.find((p) => p.id === pageId);
  const title = spec?.title ?? `Page ${pageId}`;
  const onPage = macrosOnPage(v.state, pageId);
  const anyMacroModule = modulesOfKind(v.state, 'macro').length > 0;
  const empty = editing
    ? notice('info', 'This page has no macros yet. Use <strong>Insert macro</strong> to add one.')
    : notice('info', 'This page has no macros yet. Edit the page to insert one.');
  const blocks = !anyMacroModule
    ? notBuilt(v.state, 'macro', 'Confluence pages')
    : onPage.length
      ? onPage.map((m) => macroBlock(v, pageId, m, editing)).join('')
      : empty;
  const modeSwitch = editing
    ? `<div class="host-edit-bar"><strong>Editing</strong>${insertMenu(v, pageId)}<span class="host-subtle">Inserted macros and their configs are saved as you make them.</span><a class="host-button host-button-primary" href="${esc(link(confluencePageUrl(pageId), v))}" data-testid="publish">Publish</a></div>`
    : `<div class="host-page-actions"><a class="host-button" href="${esc(link(confluencePageUrl(pageId, true), v))}" data-testid="edit-page">✎ Edit</a></div>`;
  const tree = pages
    .map(
      ({ id, title: t }) =>
        `<a class="host-side-item" href="${esc(link(confluencePageUrl(id), v))}"${id === pageId ? ' aria-current="page"' : ''}>${esc(t)}</a>`,
    )
    .join('');
  return page({
    title,
    product: 'confluence',
    view: v,
    nav: ['Home', 'Recent', 'Spaces', 'Apps'].map((n) => `<span>${n}</span>`).join(''),
    sidebar: `<div class="host-side-project"><span class="host-project-avatar" aria-hidden="true">${esc(space.key.slice(0, 2))}</span><div><strong>${esc(space.name)}</strong><div class="host-subtle">Space</div></div></div><div class="host-side-group">Content</div>${tree}`,
    data: { pageId, mode: editing ? 'edit' : 'view' },
    body: `${modeSwitch}<article class="host-confluence-page"><h1 class="host-page-title" data-testid="page-title">${esc(title)}</h1>
<p class="host-subtle">Owned by ${esc(spec?.owner ?? v.state.personas[0]?.displayName ?? 'nobody')} · ${editing ? 'Draft' : 'Published'}</p>
<p>${esc(spec?.intro ?? `A page of the ${space.name} space.`)}</p>
${blocks}</article>`,
  });
};
