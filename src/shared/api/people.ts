// The people call every surface's resolver answers: the Jira avatars of people a view already names. Names are
// captured when saved, so first screens never wait on Jira's users; the pictures follow in one call of their own.
import { z } from 'zod';
import { defineCall } from '../contract';
import { AccountId } from '../model/common';
import { AvatarUrl } from './person';

/** At most this many people per call: one page of Jira's bulk user lookup. */
export const MAX_AVATARS_PER_CALL = 100;

export const PersonAvatar = z.object({ accountId: AccountId, avatarUrl: AvatarUrl });
export type PersonAvatar = z.infer<typeof PersonAvatar>;

export const peopleCalls = {
  /** The avatars of these people as the caller may see them in Jira; someone Jira does not show the caller is left out. */
  avatars: defineCall(
    'people/avatars',
    z.object({ accountIds: z.array(AccountId).min(1).max(MAX_AVATARS_PER_CALL) }).strict(),
    z.object({ avatars: z.array(PersonAvatar) }),
  ),
} as const;
