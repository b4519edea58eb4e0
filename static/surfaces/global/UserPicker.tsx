// Picks a person by name for a goal's leader or manager: searches Jira users as you type (debounced), shows the
// chosen name, and can be cleared. A combobox with a listbox, usable with the keyboard.
import { useEffect, useId, useRef, useState } from 'react';
import { catalogCalls, type UserRef } from '../../../src/shared/api/catalog';
import type { AppError } from '../../../src/shared/errors';
import { call } from '../../src/api/invoke';
import { wordsFor } from '../../src/api/error-words';
import { toAppError } from './app-error';

const DEBOUNCE_MS = 250;

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'done'; users: UserRef[] } | { status: 'error'; error: AppError };

interface Props {
  id: string;
  label: string;
  value: UserRef | null;
  onChange(value: UserRef | null): void;
  error?: string | undefined;
}

export function UserPicker({ id, label, value, onChange, error }: Props) {
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [active, setActive] = useState(0);
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const q = query.trim().slice(0, 100);
    if (q === '') {
      setSearch({ status: 'idle' });
      return;
    }
    let live = true;
    setSearch({ status: 'searching' });
    const timer = setTimeout(() => {
      call(catalogCalls.searchUsers, { query: q })
        .then((users) => {
          if (!live) return;
          setSearch({ status: 'done', users });
          setActive(0);
        })
        .catch((e: unknown) => {
          if (live) setSearch({ status: 'error', error: toAppError(e) });
        });
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const choose = (u: UserRef) => {
    onChange(u);
    setQuery('');
  };

  if (value) {
    return (
      <div className="tl-field">
        <span className="sc-label" id={`${id}-label`}>
          {label}
        </span>
        <div className="tl-row sc-chosen" aria-labelledby={`${id}-label`} data-testid={`${id}-chosen`}>
          <span className="sc-person">{value.displayName}</span>
          <button
            type="button"
            className="tl-button sc-button--small"
            aria-label={`Clear ${label.toLowerCase()} (${value.displayName})`}
            onClick={() => {
              onChange(null);
              setTimeout(() => input.current?.focus(), 0);
            }}
          >
            Clear
          </button>
        </div>
        {error && <span className="tl-field-error">{error}</span>}
      </div>
    );
  }

  const users = search.status === 'done' ? search.users : [];
  const open = query.trim() !== '' && search.status !== 'idle';
  return (
    <div className="tl-field sc-picker">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={input}
        className="tl-input"
        role="combobox"
        aria-expanded={open && users.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && users[active] ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        placeholder="Type a name"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && users.length > 0) setActive((a) => (a + 1) % users.length);
          else if (e.key === 'ArrowUp' && users.length > 0) setActive((a) => (a - 1 + users.length) % users.length);
          else if (e.key === 'Enter' && users[active]) choose(users[active]);
          else if (e.key === 'Escape' && query !== '') setQuery('');
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
      />
      {open && (
        <div className="sc-picker-pop">
          {search.status === 'searching' && <span className="tl-small tl-subtle" role="status">Searching…</span>}
          {search.status === 'error' && <span className="tl-field-error">{wordsFor(search.error)}</span>}
          {search.status === 'done' && users.length === 0 && <span className="tl-small tl-subtle" role="status">Nobody matches “{query.trim()}”.</span>}
          <ul id={listId} role="listbox" aria-label={`People matching ${query.trim()}`} className="sc-options">
            {users.map((u, i) => (
              <li
                key={u.accountId}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className="sc-option"
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => choose(u)}
              >
                {u.displayName}
              </li>
            ))}
          </ul>
        </div>
      )}
      {error && <span className="tl-field-error">{error}</span>}
    </div>
  );
}
