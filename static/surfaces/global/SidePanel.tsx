// The panel beside the tree for details, the goal form and confirmations. It takes focus when it opens (which
// also scrolls it into view) and closes with Escape.
import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  /** Changes when the panel shows something else, so focus moves to it again. */
  focusKey: string;
  onClose(): void;
  /** Off for forms, where Escape must not throw away what was typed. */
  closeOnEscape?: boolean;
  children: ReactNode;
}

export function SidePanel({ title, focusKey, onClose, closeOnEscape = true, children }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, [focusKey]);
  return (
    <aside
      className="sc-panel tl-card"
      aria-labelledby="sc-panel-title"
      data-testid="side-panel"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && closeOnEscape) onClose();
      }}
    >
      <div className="sc-panel-head">
        <h2 id="sc-panel-title" tabIndex={-1} ref={heading}>
          {title}
        </h2>
        <button type="button" className="tl-button sc-button--subtle" aria-label="Close panel" onClick={onClose}>
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {children}
    </aside>
  );
}
