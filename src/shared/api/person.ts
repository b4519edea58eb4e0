// A person as views show them: account id and display name, or nobody. Its own module so that the panel's
// contract and the agreements' contract can both use it without importing each other.
import { z } from 'zod';
import { AccountId } from '../model/common';

export const Person = z.object({ accountId: AccountId, displayName: z.string() }).nullable();
export type Person = z.infer<typeof Person>;
