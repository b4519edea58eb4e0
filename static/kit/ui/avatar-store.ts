// The avatars a surface shows, asked of its resolver in batches: everyone drawn within BATCH_MS (one render, or the
// sections of a page answering one after another) is asked for in one call (at most 100 a call), each person once
// per page, also while their call is under way: redrawing a person must not ask again, or a page whose sections
// render often would spend the user's invocations (1,200 a minute) on the same faces. Until an answer comes, and when none does (Jira
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

/** How long the store gathers people before it asks: a delay no one sees on an avatar, long enough for a page's sections. */
export const BATCH_MS = 50;

export const createAvatarStore = (fetch: AvatarFetch, schedule: (run: () => void) => void = (run) => void setTimeout(run, BATCH_MS)): AvatarStore => {
  const known = new Map<string, string | null>();
  const waiting = new Set<string>();
  /** Asked, not answered yet. */
  const asking = new Set<string>();
  const listeners = new Set<() => void>();
  let scheduled = false;
  const notify = () => listeners.forEach((l) => l());

  const flush = () => {
    scheduled = false;
    const ids = [...waiting];
    waiting.clear();
    for (const id of ids) asking.add(id);
    for (let i = 0; i < ids.length; i += MAX_AVATARS_PER_CALL) {
      const batch = ids.slice(i, i + MAX_AVATARS_PER_CALL);
      const settle = (found: readonly PersonAvatar[]) => {
        const urls = new Map(found.map((a) => [a.accountId, a.avatarUrl]));
        for (const id of batch) {
          known.set(id, urls.get(id) ?? null);
          asking.delete(id);
        }
        notify();
      };
      fetch(batch).then(settle, () => settle([]));
    }
  };

  return {
    avatarOf(accountId) {
      if (known.has(accountId)) return known.get(accountId);
      if (!waiting.has(accountId) && !asking.has(accountId)) {
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
