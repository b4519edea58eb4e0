// The outcome of the last action (saved, archived, could not restore…), announced politely and dismissible. When the
// action's own button went away with it (its form closed, its card redrawn), focus would fall to the page's start: the
// notice takes it instead, so a keyboard user goes on from what they just did.
import { useEffect, useRef } from 'react';

/** Focus was lost: nothing, or the page itself, holds it. */
const focusLost = (): boolean => document.activeElement === null || document.activeElement === document.body;
/** Long enough for the answer's re-read to redraw the part it changed. */
const SETTLE_MS = [0, 400, 1200];
export interface NoticeText {
  tone: 'success' | 'info' | 'error';
  text: string;
}

const ICON: Record<NoticeText['tone'], string> = { success: '✓', info: 'ℹ', error: '⚠' };

export function Notice({ notice, onDismiss }: { notice: NoticeText; onDismiss(): void }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const timers = SETTLE_MS.map((ms) => setTimeout(() => (focusLost() ? ref.current?.focus() : undefined), ms));
    return () => timers.forEach(clearTimeout);
  }, [notice.text]);
  return (
    <div ref={ref} tabIndex={-1} className={`sc-notice sc-notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="notice">
      <span aria-hidden="true">{ICON[notice.tone]}</span>
      <span className="sc-notice-text">{notice.text}</span>
      <button type="button" className="tl-button sc-button--subtle sc-button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
