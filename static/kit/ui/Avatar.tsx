// A person's Jira avatar, and a person as every surface shows one: avatar and name. The picture comes with the
// person (pickers) or from the surface's `people/avatars` call, asked in one batch per render (avatar-store.ts);
// until then, or when there is none, their initials on a colour. Beside a name the picture is decorative (alt="");
// on its own it carries the name (alt, or an img role with the name for the initials).
import { useState, useSyncExternalStore } from 'react';
import type { NamedUser } from '../../../src/shared/api/person';
import { peopleCalls } from '../../../src/shared/api/people';
import { call } from '../api/invoke';
import { createAvatarStore } from './avatar-store';
import { initialsOf } from './people';
import './avatar.css';

const store = createAvatarStore(async (accountIds) => (await call(peopleCalls.avatars, { accountIds })).avatars);

type Size = 'small' | 'xsmall';

/** Where the picture is known: the person's own, else the store's (asked for on first draw). */
const useAvatarUrl = (person: NamedUser): string | null | undefined => {
  const fromStore = useSyncExternalStore(store.subscribe, () => (person.avatarUrl ? null : store.avatarOf(person.accountId)));
  return person.avatarUrl ?? fromStore;
};

/** Six of the design system's accent backgrounds: the same for a person everywhere. */
const ACCENTS = ['blue', 'green', 'purple', 'teal', 'orange', 'magenta'] as const;
const accentOf = (accountId: string): string => ACCENTS[[...accountId].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % ACCENTS.length]!;

export function Avatar({ person, size = 'small', labelled = false }: { person: NamedUser; size?: Size; labelled?: boolean }) {
  const url = useAvatarUrl(person);
  const [failed, setFailed] = useState<string | null>(null);
  const px = size === 'small' ? 24 : 16;
  const shown = url && failed !== url ? url : null;
  return (
    <span className={`tl-avatar tl-avatar--${size}`} data-testid="avatar" data-account-id={person.accountId}>
      {shown ? (
        <img
          src={shown}
          alt={labelled ? person.displayName : ''}
          width={px}
          height={px}
          loading="lazy"
          referrerPolicy="no-referrer"
          onError={() => {
            setFailed(shown);
            if (!person.avatarUrl) store.broken(person.accountId);
          }}
        />
      ) : (
        <span
          className={`tl-avatar-initials tl-avatar-initials--${accentOf(person.accountId)}`}
          // Drawn by CSS (attr()), so the letters are no text of the page: a row's words stay the person's name.
          data-initials={initialsOf(person.displayName) || '?'}
          {...(labelled ? { role: 'img', 'aria-label': person.displayName } : { 'aria-hidden': true })}
        />
      )}
    </span>
  );
}

/** Who holds a role, in a line of small text: "Leader: ◯ Helen Marsh · Manager: ◯ …" ("none" for an empty role). */
export function RolePeople({ leader, manager }: { leader: NamedUser | null; manager: NamedUser | null }) {
  const one = (p: NamedUser | null) => (p ? <PersonName person={p} /> : <span className="tl-role-none">none</span>);
  return (
    <span className="tl-role-people">
      Leader: {one(leader)} · Manager: {one(manager)}
    </span>
  );
}

/** A person as the surfaces show one: avatar, then name. */
export function PersonName({ person, size = 'xsmall' }: { person: NamedUser; size?: Size }) {
  return (
    <span className="tl-person" data-testid="person">
      <Avatar person={person} size={size} />
      <span className="tl-person-name">{person.displayName}</span>
    </span>
  );
}
