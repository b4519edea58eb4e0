// The host page script (/__forge/host-page.js): the product's side of the bridge. Switches persona, sizes
// resource iframes, and acts on what frames ask: submit (macro config), close, refresh, navigate, showFlag,
// openModal, events, window title, and route changes of createHistory. On a Confluence page in edit mode it
// inserts macros (then opens the new macro's config, as Confluence does) and removes them. The theme switch
// changes the colour mode live (./host-theme).
import { FROM_HOST, isFrameMessage, type FrameRequest, type HostMessage, type Untagged } from './protocol';
import { closeFlag, openModalDialog, showFlag, type FlagOptions } from './host-ui';
import { liveTheme } from './host-theme';

const page = document.body.dataset;

const frames = (): HTMLIFrameElement[] => [...document.querySelectorAll('iframe')];
const frameOf = (source: MessageEventSource | null): HTMLIFrameElement | undefined => frames().find((f) => f.contentWindow === source);
const post = (frame: HTMLIFrameElement | undefined, m: Untagged<HostMessage>): void =>
  frame?.contentWindow?.postMessage({ source: FROM_HOST, ...m }, location.origin);

const theme = liveTheme({ frames, tell: (frame, mode) => post(frame, { kind: 'theme', mode }) });

/** Same-origin URLs keep the page's persona and theme. */
const withView = (url: string): string => {
  const u = new URL(url, location.href);
  if (u.origin !== location.origin) return u.toString();
  if (page.persona && !u.searchParams.has('as')) u.searchParams.set('as', page.persona);
  if (page.theme && !u.searchParams.has('theme')) u.searchParams.set('theme', page.theme);
  return u.toString();
};

document.querySelector<HTMLSelectElement>('[data-persona-switcher]')?.addEventListener('change', (e) => {
  const u = new URL(location.href);
  u.searchParams.set('as', (e.target as HTMLSelectElement).value);
  location.assign(u.toString());
});

const modals = new Map<string, { opener: HTMLIFrameElement | undefined; remove: () => void; frame: HTMLIFrameElement }>();

const closeModal = (modalId: string, payload: unknown): void => {
  const m = modals.get(modalId);
  if (!m) return;
  modals.delete(modalId);
  m.remove();
  post(m.opener, { kind: 'modalClosed', modalId, payload });
};

const dismissModal = (modalId: string): void => {
  post(modals.get(modalId)?.frame, { kind: 'closing' });
  closeModal(modalId, undefined);
};

let configDialog: { remove: () => void } | undefined;

const openMacroConfig = (button: HTMLElement): void => {
  const d = button.dataset;
  const { frame, remove } = openModalDialog({
    src: d.configSrc ?? '',
    title: d.configTitle ?? 'Configure macro',
    size: d.configSize ?? 'medium',
    data: { role: 'macro-config', localId: d.localId ?? '', pageId: d.pageId ?? '' },
    onDismiss: () => {
      post(frame, { kind: 'closing' });
      configDialog?.remove();
      configDialog = undefined;
    },
  });
  configDialog = { remove };
};

const CONFIGURE_PARAM = 'configure';

const changeMacros = async (method: 'POST' | 'DELETE', body: Record<string, string>): Promise<{ localId?: string }> => {
  const res = await fetch('/__forge/macro-instance', { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method === 'POST' ? 'inserting' : 'removing'} the macro failed: ${res.status} ${await res.text()}`);
  return (await res.json()) as { localId?: string };
};

/** Inserts the macro, then reloads the page in edit mode with the new macro's config open. */
const insertMacro = async (item: HTMLElement): Promise<void> => {
  const { localId } = await changeMacros('POST', { pageId: item.dataset.pageId ?? '', moduleKey: item.dataset.insertMacro ?? '' });
  const u = new URL(location.href);
  if (localId) u.searchParams.set(CONFIGURE_PARAM, localId);
  location.assign(u.toString());
};

const removeMacro = async (button: HTMLElement): Promise<void> => {
  await changeMacros('DELETE', { pageId: button.dataset.pageId ?? '', localId: button.dataset.localId ?? '' });
  location.reload();
};

const report = (e: unknown): void => {
  console.error(e);
  showFlag(
    { id: 'host-macro-error', title: 'The local host could not change the page', description: e instanceof Error ? e.message : String(e), type: 'error' },
    () => undefined,
  );
};

document.addEventListener('click', (e) => {
  const target = e.target as HTMLElement;
  const button = target.closest<HTMLElement>('[data-macro-config-button]');
  if (button) openMacroConfig(button);
  const insert = target.closest<HTMLElement>('[data-insert-macro]');
  if (insert) {
    insert.closest('details')?.removeAttribute('open');
    insertMacro(insert).catch(report);
  }
  const remove = target.closest<HTMLElement>('[data-remove-macro]');
  if (remove) removeMacro(remove).catch(report);
});

// Right after an insertion: open the new macro's config, and drop the parameter so a reload does not reopen it.
const justInserted = new URL(location.href).searchParams.get(CONFIGURE_PARAM);
if (justInserted) {
  const u = new URL(location.href);
  u.searchParams.delete(CONFIGURE_PARAM);
  history.replaceState(null, '', u);
  const button = document.querySelector<HTMLElement>(`[data-macro-config-button][data-local-id="${CSS.escape(justInserted)}"]`);
  if (button) openMacroConfig(button);
}

const saveMacroConfig = async (frame: HTMLIFrameElement, payload: unknown): Promise<boolean> => {
  const config = (payload as { config?: unknown } | null)?.config;
  if (typeof config !== 'object' || config === null) throw new Error('submit: a macro config view must submit {config: {…}}');
  const res = await fetch('/__forge/macro-config', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      pageId: frame.dataset.pageId,
      localId: frame.dataset.localId,
      config,
      as: page.persona,
      theme: page.theme,
      editing: page.mode === 'edit',
    }),
  });
  if (!res.ok) throw new Error(`saving the macro config failed: ${res.status} ${await res.text()}`);
  const { src, configSrc } = (await res.json()) as { src: string; configSrc?: string };
  const localId = CSS.escape(frame.dataset.localId ?? '');
  const view = document.querySelector<HTMLIFrameElement>(`iframe[data-macro-view="${localId}"]`);
  if (view) view.src = src;
  const configure = document.querySelector<HTMLElement>(`[data-macro-config-button][data-local-id="${localId}"]`);
  if (configure && configSrc) configure.dataset.configSrc = configSrc;
  configDialog?.remove();
  configDialog = undefined;
  return true;
};

type Act = (frame: HTMLIFrameElement, payload: unknown) => unknown;
const acts: Record<string, Act> = {
  submit: (frame, payload) => (frame.dataset.role === 'macro-config' ? saveMacroConfig(frame, payload) : false),
  close: (frame, payload) => {
    if (frame.dataset.role === 'modal' && frame.dataset.modalId) closeModal(frame.dataset.modalId, payload);
    else if (frame.dataset.role === 'macro-config') {
      configDialog?.remove();
      configDialog = undefined;
    } else return false;
    return true;
  },
  refresh: (frame) => {
    setTimeout(() => frame.contentWindow?.location.reload(), 0);
    return true;
  },
  reload: () => {
    setTimeout(() => location.reload(), 0);
    return true;
  },
  navigate: (_frame, p) => {
    const { url, type } = p as { url: string; type: string };
    if (type === 'new-tab') window.open(withView(url), '_blank', 'noopener');
    else setTimeout(() => location.assign(withView(url)), 0);
    return undefined;
  },
  openModal: (frame, p) => {
    const o = p as { modalId: string; src: string; title?: string; size?: unknown; closeOnEscape?: boolean; closeOnOverlayClick?: boolean };
    const { frame: modalFrame, remove } = openModalDialog({ ...o, data: { role: 'modal', modalId: o.modalId }, onDismiss: () => dismissModal(o.modalId) });
    modals.set(o.modalId, { opener: frame, remove, frame: modalFrame });
    return true;
  },
  showFlag: (frame, p) => {
    const f = p as FlagOptions;
    showFlag(f, (index) => post(frame, { kind: 'flagAction', flagId: f.id, index }));
    return true;
  },
  closeFlag: (_frame, p) => {
    closeFlag(String((p as { id?: unknown })?.id));
    return true;
  },
  emit: (_frame, p) => {
    const { event, payload } = p as { event: string; payload: unknown };
    for (const f of frames()) post(f, { kind: 'event', event, payload });
    return undefined;
  },
  changeWindowTitle: (_frame, title) => {
    document.title = String(title);
    return undefined;
  },
};

const answer = async (frame: HTMLIFrameElement, req: FrameRequest): Promise<void> => {
  const act = acts[req.command];
  try {
    if (!act) throw new Error(`the host page does not support '${req.command}'`);
    post(frame, { kind: 'reply', id: req.id, ok: true, result: await act(frame, req.payload) });
  } catch (e) {
    post(frame, { kind: 'reply', id: req.id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
};

const routeBase = page.routeBase;

window.addEventListener('message', (e: MessageEvent) => {
  if (e.origin !== location.origin || !isFrameMessage(e.data)) return;
  const frame = frameOf(e.source);
  if (!frame) return;
  const m = e.data;
  if (m.kind === 'request') void answer(frame, m);
  else if (m.kind === 'ready') theme.ready(frame);
  else if (m.kind === 'themed') theme.themed(frame, m.mode);
  else if (m.kind === 'resize' && frame.dataset.autosize !== undefined) {
    const min = Number(frame.dataset.minHeight ?? 0);
    frame.style.height = `${Math.max(min, m.height)}px`;
  } else if (m.kind === 'route' && routeBase !== undefined && frame.dataset.route !== undefined) {
    const u = new URL(location.href);
    u.pathname = `${routeBase}${m.route === '/' ? '' : m.route.split(/[?#]/)[0]}`;
    if (m.action === 'PUSH') history.pushState(null, '', u);
    else history.replaceState(null, '', u);
  }
});

window.addEventListener('popstate', () => {
  if (routeBase === undefined) return;
  const route = location.pathname.slice(routeBase.length) || '/';
  for (const f of frames()) if (f.dataset.route !== undefined) post(f, { kind: 'route', route });
});
