// Everyone a write names as a leader or manager must be a Jira user: an account id Jira does not know (a typo, a
// forged id such as "constructor") is VALIDATION on its field, and nothing is written. Only the people the write
// newly names are asked about: one who was already named and has since left Jira does not block other changes.
import { AppFailure } from '../../shared/errors';

export interface NamedPerson {
  /** The payload's path of the field, for the form to place the refusal. */
  field: string;
  accountId: string | null | undefined;
  /** The id the record held before this write, if any. */
  before?: string | null;
}

/** Refuses with VALIDATION the fields whose new id `names` (Jira's answer for the new ids) does not hold. */
export const requireKnownPeople = (names: Readonly<Record<string, string>>, people: readonly NamedPerson[]): void => {
  const unknown = people.filter((p) => p.accountId && p.accountId !== p.before && !Object.hasOwn(names, p.accountId));
  if (unknown.length > 0) {
    throw new AppFailure(
      'VALIDATION',
      'No Jira user has that account',
      unknown.map((p) => ({ path: p.field, message: 'No Jira user has this account id' })),
    );
  }
};
