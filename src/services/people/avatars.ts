// The avatars of people a view names, read from Jira as the caller (Jira decides whom the caller may see). A view
// asks once for everyone it shows; a person Jira leaves out, or whose picture is not an http(s) URL, gets none
// and the view keeps their initials.
import { AvatarUrl } from '../../shared/api/person';
import type { PersonAvatar } from '../../shared/api/people';

/** A user as Jira's user objects give it: `avatarUrls` keyed by size ('16x16' … '48x48'). */
export interface JiraPerson {
  accountId: string;
  avatarUrls?: Partial<Record<string, string>> | undefined;
}

export interface AvatarDeps {
  /** Up to 100 users by account id, as the caller may see them; unknown ids are absent. */
  usersOf(accountIds: string[]): Promise<JiraPerson[]>;
}

/** Shown at 24 px (and 16 px): the 48 px picture stays sharp on a 2× screen; smaller ones when that is all there is. */
const SIZES = ['48x48', '32x32', '24x24', '16x16'] as const;

/** The picture to show for a Jira user, or null when Jira gave none that is safe to load. */
export const avatarOf = (user: JiraPerson): string | null => {
  for (const size of SIZES) {
    const url = user.avatarUrls?.[size];
    if (url !== undefined && AvatarUrl.safeParse(url).success) return url;
  }
  return null;
};

export const peopleAvatars = async (deps: AvatarDeps, accountIds: readonly string[]): Promise<{ avatars: PersonAvatar[] }> => {
  const asked = new Set(accountIds);
  const users = await deps.usersOf([...asked]);
  const avatars = users.flatMap((u) => {
    const avatarUrl = asked.has(u.accountId) ? avatarOf(u) : null;
    return avatarUrl ? [{ accountId: u.accountId, avatarUrl }] : [];
  });
  return { avatars };
};
