// The resource frame's line to the host page around it: request/reply for bridge commands the page must act
// on, fire-and-forget notices, and pushes from the page (events, modal closed, flag actions, route changes).
import { FROM_FRAME, isHostMessage, type FrameNotice, type HostMessage, type Untagged } from './protocol';

type Push = Exclude<HostMessage, { kind: 'reply' }>;

const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
const pushListeners = new Set<(m: Push) => void>();
let nextId = 1;

/** True when this document runs inside a host page (not opened on its own in a tab). */
export const hasHost = (): boolean => window.parent !== window;

window.addEventListener('message', (e: MessageEvent) => {
  if (e.source !== window.parent || !isHostMessage(e.data)) return;
  const m = e.data;
  if (m.kind === 'reply') {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.ok) p.resolve(m.result);
    else p.reject(new Error(m.error));
    return;
  }
  for (const l of pushListeners) l(m);
});

/** Asks the host page to carry out a bridge command; rejects when there is no host page. */
export const ask = (command: string, payload: unknown): Promise<unknown> => {
  if (!hasHost()) {
    return Promise.reject(new Error(`${command}: this resource is open on its own; open it through a local host page (see /)`));
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    window.parent.postMessage({ source: FROM_FRAME, kind: 'request', id, command, payload }, window.location.origin);
  });
};

export const notify = (notice: Untagged<FrameNotice>): void => {
  if (hasHost()) window.parent.postMessage({ source: FROM_FRAME, ...notice }, window.location.origin);
};

export const onPush = (listener: (m: Push) => void): void => {
  pushListeners.add(listener);
};

/** Keeps the host page told of this document's content height, so it can size the iframe. */
export const reportHeight = (): void => {
  if (!hasHost() || typeof ResizeObserver === 'undefined') return;
  let last = -1;
  let queued = false;
  const measure = (): void => {
    queued = false;
    const body = document.body;
    if (!body) return;
    const style = getComputedStyle(body);
    const height = Math.ceil(body.scrollHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
    if (height !== last) {
      last = height;
      notify({ kind: 'resize', height });
    }
  };
  const schedule = (): void => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(measure);
    }
  };
  const start = (): void => {
    const ro = new ResizeObserver(schedule);
    ro.observe(document.body);
    ro.observe(document.documentElement);
    schedule();
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
};
