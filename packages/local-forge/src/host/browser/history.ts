// view.createHistory(): a history (v4 shape, as @forge/bridge expects: listen(location, action)) over the
// app's route inside the product page. Pushes and replaces are mirrored into the host page's URL, and the
// host's back/forward buttons come back as POP.
import { notify, onPush } from './channel';

export interface HostLocation {
  pathname: string;
  search: string;
  hash: string;
  state: unknown;
  key: string;
}
type Action = 'PUSH' | 'REPLACE' | 'POP';
type Listener = (location: HostLocation, action: Action) => void;
type To = string | Partial<Pick<HostLocation, 'pathname' | 'search' | 'hash'>>;

const key = (): string => Math.random().toString(36).slice(2, 8);

const toLocation = (to: To, state: unknown, base: HostLocation): HostLocation => {
  if (typeof to !== 'string') {
    return { pathname: to.pathname ?? base.pathname, search: to.search ?? '', hash: to.hash ?? '', state, key: key() };
  }
  const url = new URL(to, `http://x${base.pathname}`);
  return { pathname: url.pathname, search: url.search, hash: url.hash, state, key: key() };
};

const href = (l: Pick<HostLocation, 'pathname' | 'search' | 'hash'>): string => `${l.pathname}${l.search}${l.hash}`;

const all = new Set<{ pop(route: string): void }>();
onPush((m) => {
  if (m.kind === 'route') for (const h of all) h.pop(m.route);
});

export const createHostHistory = (initialRoute: string) => {
  const listeners = new Set<Listener>();
  const entries: HostLocation[] = [toLocation(initialRoute || '/', undefined, { pathname: '/', search: '', hash: '', state: undefined, key: '' })];
  let index = 0;
  const emit = (action: Action): void => {
    history.action = action;
    history.location = entries[index] as HostLocation;
    history.length = entries.length;
    for (const l of [...listeners]) l(history.location, action);
  };
  const move = (n: number): void => {
    const next = Math.min(Math.max(index + n, 0), entries.length - 1);
    if (next === index) return;
    index = next;
    emit('POP');
    notify({ kind: 'route', route: href(history.location), action: 'REPLACE' });
  };
  const history = {
    length: 1,
    action: 'POP' as Action,
    location: entries[0] as HostLocation,
    push(to: To, state?: unknown): void {
      entries.splice(index + 1, entries.length, toLocation(to, state, history.location));
      index = entries.length - 1;
      emit('PUSH');
      notify({ kind: 'route', route: href(history.location), action: 'PUSH' });
    },
    replace(to: To, state?: unknown): void {
      entries[index] = toLocation(to, state, history.location);
      emit('REPLACE');
      notify({ kind: 'route', route: href(history.location), action: 'REPLACE' });
    },
    go: move,
    goBack: (): void => move(-1),
    goForward: (): void => move(1),
    back: (): void => move(-1),
    forward: (): void => move(1),
    listen(listener: Listener): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    block: (): (() => void) => () => undefined,
    createHref: (to: To): string => (typeof to === 'string' ? to : href({ pathname: '/', search: '', hash: '', ...to })),
  };
  all.add({
    pop(route: string): void {
      if (route === href(history.location)) return;
      entries.splice(index + 1, entries.length, toLocation(route, undefined, history.location));
      index = entries.length - 1;
      emit('POP');
    },
  });
  return history;
};
