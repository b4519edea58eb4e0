// The avatars a surface shows, asked of its resolver in batches: every person drawn in one render is asked for
// in one call (at most 100 a call), each person once per page. Until an answer comes, and when none does (Jira
// shows the viewer no picture, or the call failed), the person keeps their initials: avatars never block a view.
import type { PersonAvatar } from '../../../src/shared/api/people';
import { MAX_AVATARS_PER_CALL } from '../../../src/shared/api/people';

export type AvatarFetch = (accountIds: string[]) => Promise<PersonAvatar[]>;

export interface AvatarStore {
  /** The picture of a person: a URL, null when there is none, undefined while not known yet (asks for it). */
  avatarOf(accountId: string): string | null | undefined;
  subscribe(listener: () => void): () => void;
  /** A picture that failed to load: show the initials from now on. */
  broken(accountId: string): void;
}

export const createAvatarStore = (fetch: AvatarFetch, schedule: (run: () => void) => void = (run) => void setTimeout(run, 0)): AvatarStore => {
  const known = new Map<string, string | null>();
  const waiting = new Set<string>();
  const listeners = new Set<() => void>();
  let scheduled = false;
  const notify = () => listeners.forEach((l) => l());

  const flush = () => {
    scheduled = false;
    const ids = [...waiting];
    waiting.clear();
    for (let i = 0; i < ids.length; i += MAX_AVATARS_PER_CALL) {
      const batch = ids.slice(i, i + MAX_AVATARS_PER_CALL);
      const settle = (found: readonly PersonAvatar[]) => {
        const urls = new Map(found.map((a) => [a.accountId, a.avatarUrl]));
        for (const id of batch) known.set(id, urls.get(id) ?? null);
        notify();
      };
      fetch(batch).then(settle, () => settle([]));
    }
  };

  return {
    avatarOf(accountId) {
      if (known.has(accountId)) return known.get(accountId);
      if (!waiting.has(accountId)) {
        waiting.add(accountId);
        if (!scheduled) {
          scheduled = true;
          schedule(flush);
        }
      }
      return undefined;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    broken(accountId) {
      if (known.get(accountId) === null) return;
      known.set(accountId, null);
      notify();
    },
  };
};
