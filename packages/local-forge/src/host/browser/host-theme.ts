// The host page's live colour mode, as the products switch it when a user changes theme: the page's own tokens,
// every frame (told over the channel; those that enabled theming swap their token sheet), and what the page
// links to (its URL, links, forms, macro config dialogs), so a reload or a link stays in the mode. Nothing loads again.
import { BUNDLED_ASSET_VERSION, HOST_PAGE_GLOBAL, themeSwitchLabel, tokensHref, withColorMode, type ColorMode, type HostPageApi } from './protocol';

export interface ThemeDeps {
  frames: () => HTMLIFrameElement[];
  /** Tells one frame the mode (a `theme` push). */
  tell: (frame: HTMLIFrameElement, mode: ColorMode) => void;
}

const TOKENS = 'link[rel="stylesheet"][href^="/__forge/tokens/"]';

/** Loads the page's token sheet of the mode, then switches <html> to it and drops the old sheet. */
const showPageTokens = (mode: ColorMode): Promise<void> => {
  const previous = document.querySelectorAll(TOKENS);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = tokensHref(mode, BUNDLED_ASSET_VERSION);
  return new Promise((resolve) => {
    const done = (): void => {
      document.documentElement.setAttribute('data-color-mode', mode);
      previous.forEach((l) => l.remove());
      resolve();
    };
    link.onload = done;
    link.onerror = done;
    (previous[previous.length - 1] ?? document.head.lastChild)?.after(link);
  });
};

/** Same-origin host URLs on the page (links, forms' theme fields, macro config sources) say the mode. */
const restateLinks = (mode: ColorMode): void => {
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const u = new URL(a.href, location.href);
    if (u.origin !== location.origin || a.getAttribute('href')?.startsWith('#') || a.dataset.testid === 'theme-switch') continue;
    a.href = withColorMode(u, mode).toString();
  }
  for (const input of document.querySelectorAll<HTMLInputElement>('input[type="hidden"][name="theme"]')) input.value = mode;
  for (const el of document.querySelectorAll<HTMLElement>('[data-config-src]')) {
    const u = new URL(el.dataset.configSrc ?? '', location.href);
    u.searchParams.set('theme', mode);
    el.dataset.configSrc = u.pathname + u.search;
  }
  const toggle = document.querySelector<HTMLAnchorElement>('[data-testid="theme-switch"]');
  if (toggle) {
    toggle.textContent = themeSwitchLabel(mode);
    toggle.href = withColorMode(new URL(location.href), mode === 'dark' ? 'light' : 'dark').toString();
  }
};

/** Wires the live switch into the page: the chrome's theme switch, frames' notices, and window.__FORGE_LOCAL_HOST_PAGE__. */
export const liveTheme = (deps: ThemeDeps) => {
  const page = document.body.dataset;
  let mode: ColorMode = page.theme === 'dark' ? 'dark' : 'light';
  /** Frames whose bridge runs (they said `ready`): each answers a `theme` push with `themed`. */
  const bridged = new WeakSet<HTMLIFrameElement>();
  const waiting = new Map<HTMLIFrameElement, { mode: ColorMode; done: () => void }[]>();

  /** Ends the waits for a frame that shows `shown`, or all of them when it left the page. */
  const settle = (frame: HTMLIFrameElement, shown?: ColorMode): void => {
    const left: { mode: ColorMode; done: () => void }[] = [];
    for (const w of waiting.get(frame) ?? []) {
      if (!frame.isConnected || w.mode === shown) w.done();
      else left.push(w);
    }
    if (left.length > 0) waiting.set(frame, left);
    else waiting.delete(frame);
  };
  // A frame removed while the page waits for it (a dialog closed) no longer holds the switch up.
  new MutationObserver(() => {
    for (const frame of [...waiting.keys()]) if (!frame.isConnected) settle(frame);
  }).observe(document.body, { childList: true, subtree: true });

  const shownBy = (frame: HTMLIFrameElement, m: ColorMode): Promise<void> =>
    new Promise((done) => waiting.set(frame, [...(waiting.get(frame) ?? []), { mode: m, done }]));

  const setTheme = async (next: ColorMode): Promise<void> => {
    mode = next;
    page.theme = next;
    const shown = [showPageTokens(next)];
    for (const frame of deps.frames()) {
      if (bridged.has(frame)) shown.push(shownBy(frame, next));
      deps.tell(frame, next);
    }
    await Promise.all(shown);
    // Last, so that a URL in the new mode means the page and its frames show it.
    history.replaceState(history.state, '', withColorMode(new URL(location.href), next));
    restateLinks(next);
  };

  document.querySelector('[data-testid="theme-switch"]')?.addEventListener('click', (e) => {
    e.preventDefault();
    void setTheme(mode === 'dark' ? 'light' : 'dark');
  });

  const api: HostPageApi = {
    get theme() {
      return mode;
    },
    setTheme,
  };
  (window as unknown as Record<string, HostPageApi>)[HOST_PAGE_GLOBAL] = api;

  return {
    /** A frame's bridge started: it learns the page's mode now, which may have changed since its src was written. */
    ready: (frame: HTMLIFrameElement): void => {
      bridged.add(frame);
      deps.tell(frame, mode);
    },
    themed: (frame: HTMLIFrameElement, shown: ColorMode): void => settle(frame, shown),
  };
};
