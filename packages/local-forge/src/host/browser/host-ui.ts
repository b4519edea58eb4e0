// The host page's own UI for what apps ask of the product: modal dialogs holding a resource iframe (Modal.open
// and macro config) and flags (showFlag), drawn like Atlassian's, with the design tokens of the page.

export interface ModalOptions {
  src: string;
  title?: string;
  size?: unknown;
  closeOnEscape?: boolean;
  closeOnOverlayClick?: boolean;
  /** data-* attributes for the iframe, e.g. { role: 'modal', modalId } */
  data: Record<string, string>;
  onDismiss: () => void;
}

const NAMED_WIDTHS: Record<string, string> = {
  small: '400px',
  medium: '600px',
  large: '800px',
  xlarge: '968px',
  max: 'calc(100vw - 120px)',
  fullscreen: '100vw',
  resizable: '800px',
};

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** Opens a modal with an iframe; returns a function that removes it. */
export const openModalDialog = (o: ModalOptions): { frame: HTMLIFrameElement; remove: () => void } => {
  const overlay = el('div', 'host-modal-overlay');
  const dialog = el('div', 'host-modal');
  dialog.setAttribute('role', 'dialog');
  dialog.setAttribute('aria-modal', 'true');
  const size = o.size ?? 'medium';
  if (typeof size === 'string') {
    dialog.style.width = NAMED_WIDTHS[size] ?? NAMED_WIDTHS.medium ?? '600px';
    if (size === 'fullscreen') dialog.classList.add('host-modal-fullscreen');
  } else if (typeof size === 'object' && size !== null) {
    const s = size as { width?: string; height?: string };
    if (s.width) dialog.style.width = s.width;
    if (s.height) dialog.style.height = s.height;
  }
  const header = el('div', 'host-modal-header');
  const title = el('h2', 'host-modal-title', o.title || ' ');
  const closeButton = el('button', 'host-icon-button', '✕');
  closeButton.type = 'button';
  closeButton.setAttribute('aria-label', 'Close');
  header.append(title, closeButton);
  const frame = el('iframe', 'host-modal-frame');
  frame.src = o.src;
  frame.title = o.title || 'App dialog';
  for (const [k, v] of Object.entries(o.data)) frame.dataset[k] = v;
  dialog.append(header, frame);
  overlay.append(dialog);
  document.body.append(overlay);
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape' && o.closeOnEscape !== false) o.onDismiss();
  };
  document.addEventListener('keydown', onKey);
  overlay.addEventListener('click', (e) => {
    if (e.target === overlay && o.closeOnOverlayClick !== false) o.onDismiss();
  });
  closeButton.addEventListener('click', () => o.onDismiss());
  return {
    frame,
    remove: () => {
      document.removeEventListener('keydown', onKey);
      overlay.remove();
    },
  };
};

export interface FlagOptions {
  id: string;
  title?: string;
  description?: string;
  type?: string;
  appearance?: string;
  actions?: { text: string }[];
  isAutoDismiss?: boolean;
}

const FLAG_ICONS: Record<string, string> = { success: '✓', error: '✕', warning: '!', info: 'i' };

const flagContainer = (): HTMLElement => {
  let c = document.getElementById('host-flags');
  if (!c) {
    c = el('div', 'host-flags');
    c.id = 'host-flags';
    c.setAttribute('aria-live', 'polite');
    document.body.append(c);
  }
  return c;
};

export const closeFlag = (id: string): void => {
  document.querySelector(`[data-flag-id="${CSS.escape(id)}"]`)?.remove();
};

export const showFlag = (f: FlagOptions, onAction: (index: number) => void): void => {
  closeFlag(f.id);
  const type = f.appearance ?? f.type ?? 'info';
  const flag = el('div', `host-flag host-flag-${type}${f.appearance ? ' host-flag-bold' : ''}`);
  flag.dataset.flagId = f.id;
  flag.setAttribute('role', 'alert');
  const icon = el('span', 'host-flag-icon', FLAG_ICONS[type] ?? 'i');
  icon.setAttribute('aria-label', type);
  const body = el('div', 'host-flag-body');
  body.append(el('strong', '', f.title ?? ''));
  if (f.description) body.append(el('p', '', f.description));
  const actions = el('div', 'host-flag-actions');
  (f.actions ?? []).forEach((a, i) => {
    const b = el('button', 'host-link-button', a.text);
    b.type = 'button';
    b.addEventListener('click', () => onAction(i));
    actions.append(b);
  });
  if (f.actions?.length) body.append(actions);
  const dismiss = el('button', 'host-icon-button', '✕');
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', 'Dismiss');
  dismiss.addEventListener('click', () => flag.remove());
  flag.append(icon, body, dismiss);
  flagContainer().prepend(flag);
  if (f.isAutoDismiss) setTimeout(() => flag.remove(), 8000);
};
