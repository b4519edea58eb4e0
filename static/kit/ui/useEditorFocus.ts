// An editor's keyboard contract, in one place: opening it moves focus to its first field, Escape closes it (a picker
// whose list is open takes the first Escape), and closing it gives focus back to what opened it — or, when that is
// gone (the view was redrawn), to the element `returnTo` names.
import { useEffect, useRef, type KeyboardEvent } from 'react';

const FIELD = 'input:not([type="hidden"]):not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)';

export function useEditorFocus<T extends HTMLElement>(onClose: () => void, returnTo?: string) {
  const ref = useRef<T>(null);
  const close = useRef(onClose);
  close.current = onClose;
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
    // An editor that already placed focus inside itself (a field with autoFocus) keeps it.
    if (!ref.current?.contains(document.activeElement)) ref.current?.querySelector<HTMLElement>(FIELD)?.focus();
    return () => {
      // After the editor is gone and the view redrawn.
      setTimeout(() => {
        const back = opener?.isConnected ? opener : returnTo ? document.querySelector<HTMLElement>(returnTo) : null;
        back?.focus();
      }, 0);
    };
  }, [returnTo]);
  const onKeyDown = (e: KeyboardEvent<T>) => {
    if (e.key === 'Escape' && !e.defaultPrevented) {
      e.preventDefault();
      close.current();
    }
  };
  return { ref, onKeyDown };
}
