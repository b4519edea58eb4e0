// A note to the page's editor (not configured yet, settings unreadable): shown on screen, left out of print.
import type { ReactNode } from 'react';

export function MacroNotice({ children }: { children: ReactNode }) {
  return (
    <p className="tl-message tl-message--info tl-small tl-noprint am-notice" role="note" data-testid="macro-notice">
      <span aria-hidden="true">ℹ</span> {children}
    </p>
  );
}
