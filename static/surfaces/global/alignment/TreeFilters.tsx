// The explorer's filters: search by title (applied after a pause in typing, or on Enter), one level, gaps on/off.
import { useEffect, useState } from 'react';
import { LEVEL_LABEL, LEVELS, type Level } from '../../../../src/shared/levels';

interface Props {
  level: Level | undefined;
  onLevel: (l: Level | undefined) => void;
  onSearch: (text: string) => void;
  showGaps: boolean;
  onShowGaps: (on: boolean) => void;
}

const DEBOUNCE_MS = 350;

export function TreeFilters({ level, onLevel, onSearch, showGaps, onShowGaps }: Props) {
  const [text, setText] = useState('');
  useEffect(() => {
    const t = setTimeout(() => onSearch(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [text, onSearch]);
  return (
    <form
      className="al-filters tl-noprint"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text.trim());
      }}
    >
      <div className="tl-field al-search">
        <label htmlFor="al-search">Search goals and projects</label>
        <input
          id="al-search"
          className="tl-input"
          type="search"
          value={text}
          maxLength={100}
          placeholder="Title, project name or key"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className="tl-field">
        <label htmlFor="al-level">Level</label>
        <select
          id="al-level"
          className="tl-select"
          value={level ?? ''}
          onChange={(e) => onLevel(e.target.value === '' ? undefined : (e.target.value as Level))}
        >
          <option value="">Strategy goals and all below</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              Only {LEVEL_LABEL[l].toLowerCase()} goals
            </option>
          ))}
        </select>
      </div>
      <label className="al-check">
        <input type="checkbox" checked={showGaps} onChange={(e) => onShowGaps(e.target.checked)} />
        Show gaps
      </label>
    </form>
  );
}
