// A value worth copying (a goal's id, its JQL) shown as text with a Copy button. Where the clipboard is not
// allowed (an iframe without the permission), the text is selected so the keyboard shortcut copies it.
import { useRef, useState } from 'react';

export function CopyField({ label, value, testId }: { label: string; value: string; testId: string }) {
  const [said, setSaid] = useState('');
  const text = useRef<HTMLElement>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setSaid('Copied');
    } catch {
      const range = document.createRange();
      if (text.current) range.selectNodeContents(text.current);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      setSaid('Selected: press Ctrl+C (⌘C) to copy');
    }
  };
  return (
    <span className="gp-copy">
      <code ref={text} data-testid={testId}>
        {value}
      </code>
      <button type="button" className="tl-button gp-copy-button tl-noprint" onClick={() => void copy()} aria-label={`Copy ${label}`}>
        Copy
      </button>
      <span className="tl-small tl-subtle" role="status">
        {said}
      </span>
    </span>
  );
}
