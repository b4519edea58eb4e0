// The bridge host script: served as /__forge/bridge-host.js and injected first in every resource's <head>, it
// defines window.__bridge.callBridge(command, payload), which the unmodified @forge/bridge captures at import.
// Commands the frame can answer itself are in ./commands; the rest are asked of the host page (./channel).
// The frame follows the page's colour mode when the page switches it (`theme` pushes).
import { ask, hasHost, notify, onPush, reportHeight } from './channel';
import * as c from './commands';
import { frameSrc } from './protocol';

type Handler = (payload: unknown) => Promise<unknown>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyPayload = any;

const frameId = `frame-${Math.random().toString(36).slice(2, 10)}`;
const modalCallbacks = new Map<string, (payload: unknown) => unknown>();
const flagActions = new Map<string, ((...a: unknown[]) => unknown)[]>();
const closeCallbacks: (() => unknown)[] = [];

const openModal: Handler = async (p: AnyPayload) => {
  const { context, resource } = c.hostData();
  const modalId = `modal-${Math.random().toString(36).slice(2, 10)}`;
  if (typeof p?.onClose === 'function') modalCallbacks.set(modalId, p.onClose as (payload: unknown) => unknown);
  const { type: _type, ...ext } = context.extension;
  void _type;
  const src = frameSrc({
    resource: typeof p?.resource === 'string' && p.resource ? p.resource : resource,
    moduleKey: context.moduleKey,
    ...(context.accountId ? { accountId: context.accountId } : {}),
    extension: { ...ext, modal: p?.context ?? {} },
    theme: c.colorMode(),
    modalId,
    localId: context.localId,
  });
  const { onClose: _onClose, ...rest } = (p ?? {}) as Record<string, unknown>;
  void _onClose;
  return ask('openModal', { ...rest, modalId, src });
};

const showFlag: Handler = async (p: AnyPayload) => {
  const id = String(p?.id);
  const actions = Array.isArray(p?.actions) ? (p.actions as { text?: string; onClick?: (...a: unknown[]) => unknown }[]) : [];
  flagActions.set(
    id,
    actions.map((a) => (typeof a.onClick === 'function' ? a.onClick : () => undefined)),
  );
  return ask('showFlag', { ...p, id, actions: actions.map((a) => ({ text: String(a.text ?? '') })) });
};

const handlers: Record<string, Handler> = {
  invoke: (p: AnyPayload) => c.invoke(p),
  getContext: () => c.getContext(),
  fetchProduct: (p: AnyPayload) => c.fetchProduct(p),
  enableTheming: () => c.enableTheming(),
  createHistory: () => c.createHistory(),
  navigate: (p: AnyPayload) => c.navigate(p),
  getUrl: (p: AnyPayload) => c.getUrl(p),
  on: (p: AnyPayload) => c.on(p),
  emit: (p: AnyPayload) => c.emit(p),
  onPublic: (p: AnyPayload) => c.on({ ...p, event: `public:${String(p?.event)}` }),
  emitPublic: (p: AnyPayload) => c.emit({ ...p, event: `public:${String(p?.event)}` }),
  submit: (p) => ask('submit', p),
  close: (p) => ask('close', p),
  refresh: (p) => ask('refresh', p),
  reload: () => ask('reload', null),
  openModal,
  showFlag,
  closeFlag: (p) => ask('closeFlag', p),
  changeWindowTitle: (p) => ask('changeWindowTitle', p),
  onClose: async (p) => {
    if (typeof p === 'function') closeCallbacks.push(p as () => unknown);
    return true;
  },
  // view.open is for modules the product opens on demand (e.g. issue actions): none here.
  open: async () => false,
  emitReadyEvent: async () => undefined,
  getFrameId: async () => frameId,
  isRovoEnabled: async () => false,
};

onPush((m) => {
  if (m.kind === 'event') c.deliverEvent(m.event, m.payload);
  else if (m.kind === 'modalClosed') {
    const cb = modalCallbacks.get(m.modalId);
    modalCallbacks.delete(m.modalId);
    if (cb)
      Promise.resolve()
        .then(() => cb(m.payload))
        .catch((e: unknown) => console.error('[forge host] Modal onClose failed', e));
  } else if (m.kind === 'flagAction') {
    flagActions.get(m.flagId)?.[m.index]?.();
  } else if (m.kind === 'closing') {
    for (const cb of closeCallbacks) void Promise.resolve().then(cb);
  } else if (m.kind === 'theme') {
    const { mode } = m;
    void c.applyTheme(mode).then(() => notify({ kind: 'themed', mode }));
  }
});

const callBridge = (command: string, payload?: unknown): Promise<unknown> => {
  const handler = handlers[command];
  if (!handler) {
    console.warn(`[forge host] @forge/bridge command '${command}' is not supported by the local host`, payload);
    return Promise.reject(new Error(`The local Forge host does not support the bridge command '${command}'`));
  }
  try {
    return handler(payload);
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
};

(globalThis as unknown as { __bridge: unknown }).__bridge = { callBridge };
if (hasHost()) {
  notify({ kind: 'ready' });
  reportHeight();
}
