// A person as views show them: account id, display name and, where Jira gave one, the avatar; or nobody. Its own
// module so that the panel's contract and the agreements' contract can both use it without importing each other.
import { z } from 'zod';
import { AccountId } from '../model/common';

/** A picture of a person as Jira serves it (a user's `avatarUrls`): an absolute http(s) URL, never a script or data URL. */
export const AvatarUrl = z
  .string()
  .max(2048)
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'not an http(s) URL');
export type AvatarUrl = z.infer<typeof AvatarUrl>;

/** Someone the app names. `avatarUrl` comes from Jira when the server had the user in hand (pickers); views that
 * show names captured when saved ask for the pictures separately (`people/avatars`). */
export const NamedUser = z.object({ accountId: AccountId, displayName: z.string(), avatarUrl: AvatarUrl.optional() });
export type NamedUser = z.infer<typeof NamedUser>;

export const Person = NamedUser.nullable();
export type Person = z.infer<typeof Person>;
