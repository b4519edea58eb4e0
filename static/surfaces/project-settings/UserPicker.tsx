// Picks a person by name: a combobox that searches Jira's users as you type (debounced), keyboard and mouse,
// and shows the chosen person with a way to clear it.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { projectSettingsCalls } from '../../../src/shared/api/project-settings';
import type { UserRef } from '../../../src/shared/api/catalog';
import { call } from '../../src/api/invoke';

const DEBOUNCE_MS = 250;
const MAX_SHOWN = 8;

type Search = { status: 'idle' } | { status: 'searching' } | { status: 'done'; users: UserRef[] } | { status: 'failed' };

interface Props {
  id: string;
  label: string;
  role: string;
  value: UserRef | null;
  onChange: (user: UserRef | null) => void;
  error?: string;
}

export function UserPicker({ id, label, role, value, onChange, error }: Props) {
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
      call(projectSettingsCalls.searchUsers, { query: query.slice(0, 100) })
        .then((users) => {
          if (!live) return;
          setSearch({ status: 'done', users: users.slice(0, MAX_SHOWN) });
          setActive(0);
        })
        .catch(() => live && setSearch({ status: 'failed' }));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

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
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };

  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="tl-field ps-picker">
      <label htmlFor={id}>{label}</label>
      <span className="tl-small tl-subtle" id={`${id}-role`}>
        {role}
      </span>
      {value ? (
        <div className="ps-person" data-testid={`${id}-chosen`}>
          <span className="ps-avatar" aria-hidden="true">
            {value.displayName.slice(0, 1).toUpperCase()}
          </span>
          <span id={id}>{value.displayName}</span>
          <button type="button" className="tl-button ps-clear" onClick={clear} aria-label={`Clear ${label.toLowerCase()} (${value.displayName})`}>
            Clear
          </button>
        </div>
      ) : (
        <div className="ps-combo">
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
            aria-describedby={[`${id}-role`, errorId].filter(Boolean).join(' ')}
            aria-invalid={error ? true : undefined}
          />
          {open && users.length > 0 && (
            <ul className="ps-options" id={listId} role="listbox" aria-label={`People matching ${query}`}>
              {users.map((u, i) => (
                <li
                  key={u.accountId}
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  className={`ps-option${i === active ? ' ps-option--active' : ''}`}
                  // mousedown, not click: it lands before the input's blur closes the list.
                  onMouseDown={(e) => {
                    e.preventDefault();
                    pick(u);
                  }}
                >
                  {u.displayName}
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
