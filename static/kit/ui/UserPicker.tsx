// Picks a person by name (a leader, a manager): a combobox that searches Jira's users as you type (debounced),
// works by keyboard and mouse, and shows the chosen person with a way to clear it. One picker for every surface;
// each passes the search call of its own resolver.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { UserRef } from '../../../src/shared/api/catalog';
import { Avatar, PersonName } from './Avatar';
import { rankPeople } from './people';

const DEBOUNCE_MS = 250;
const MAX_SHOWN = 8;

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'done'; users: UserRef[] } | { status: 'failed' };

interface Props {
  id: string;
  label: string;
  /** A short line under the label, e.g. what the role does. */
  hint?: string;
  /** Finds people by name; each surface passes its own resolver's search call. */
  search: (query: string) => Promise<UserRef[]>;
  value: UserRef | null;
  onChange: (user: UserRef | null) => void;
  error?: string;
}

export function UserPicker({ id, label, hint, search: find, value, onChange, error }: Props) {
  const [text, setText] = useState('');
  const [search, setSearch] = useState<Search>({ status: 'idle' });
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const query = text.trim();

  useEffect(() => {
    if (query === '') {
      setSearch({ status: 'idle' });
      return;
    }
    let live = true;
    setSearch({ status: 'searching' });
    const timer = setTimeout(() => {
      find(query.slice(0, 100))
        .then((users) => {
          if (!live) return;
          // Names that start with what was typed first (Jira's own order is by relevance, not by prefix).
          setSearch({ status: 'done', users: rankPeople(users, query).slice(0, MAX_SHOWN) });
          setActive(0);
        })
        .catch(() => live && setSearch({ status: 'failed' }));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, find]);

  const users = search.status === 'done' ? search.users : [];
  const listId = `${id}-list`;
  const pick = (user: UserRef) => {
    onChange(user);
    setText('');
    setOpen(false);
  };
  const clear = () => {
    onChange(null);
    // The input replaces the chosen person's chip; focus it on the next frame, once it exists.
    setTimeout(() => input.current?.focus(), 0);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (users.length > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : users.length - 1)) % users.length);
    } else if (e.key === 'Enter') {
      const user = users[active];
      if (open && user) {
        e.preventDefault();
        pick(user);
      }
    } else if (e.key === 'Escape' && open && users.length > 0) {
      // The first Escape closes the list; the next one reaches the form (which closes).
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="tl-field tl-picker">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span className="tl-small tl-subtle" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {value ? (
        <div className="tl-picker-person" data-testid={`${id}-chosen`}>
          <Avatar person={value} />
          <span id={id}>{value.displayName}</span>
          <button type="button" className="tl-button tl-picker-clear" onClick={clear} aria-label={`Clear ${label.toLowerCase()} (${value.displayName})`}>
            Clear
          </button>
        </div>
      ) : (
        <div className="tl-picker-combo">
          <input
            ref={input}
            id={id}
            className="tl-input"
            type="text"
            role="combobox"
            autoComplete="off"
            placeholder="Search people by name"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
            aria-expanded={open && users.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && users[active] ? `${id}-opt-${active}` : undefined}
            aria-describedby={[hint ? `${id}-hint` : undefined, errorId].filter(Boolean).join(' ') || undefined}
            aria-invalid={error ? true : undefined}
          />
          {open && users.length > 0 && (
            <ul className="tl-picker-options" id={listId} role="listbox" aria-label={`People matching ${query}`}>
              {users.map((u, i) => (
                <li
                  key={u.accountId}
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`tl-picker-option${i === active ? ' tl-picker-option--active' : ''}`}
                  // mousedown, not click: it lands before the input's blur closes the list.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(u);
                  }}
                >
                  <PersonName person={u} />
                </li>
              ))}
            </ul>
          )}
          <span className="tl-small tl-subtle" aria-live="polite">
            {search.status === 'searching' && 'Searching…'}
            {search.status === 'done' && search.users.length === 0 && `No one matches “${query}”.`}
            {search.status === 'failed' && 'Could not search people right now; try again.'}
          </span>
        </div>
      )}
      {error && (
        <p id={errorId} className="tl-field-error" data-testid={`error-${id}`}>
          ✕ {error}
        </p>
      )}
    </div>
  );
}
