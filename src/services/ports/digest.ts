// What the weekly digest needs besides the due sources: a record of the week each person was last mailed (claimed
// before sending, so two runs in one week mail nobody twice), and Jira to mail through. Implemented by
// src/platform/storage/digest-log.ts and src/platform/jira/notify.ts.
import type { DigestMail } from '../../domain/due/digest';

export interface DigestLog {
  /** Records that the person is mailed for `week`, unless that week is recorded already ('already'); ONE conditional write. */
  claim(accountId: string, week: string): Promise<'claimed' | 'already'>;
  /** Gives back a claim whose mail could not be sent, so the next run tries again. */
  release(accountId: string, week: string): Promise<void>;
}

export interface DigestMailer {
  /** The most recently updated epic tagged with one of these goals that the person may browse (as the app): the issue
   *  the mail is sent on, since Jira mails an issue's notification only to those who may browse it. */
  epicFor(goalIds: readonly string[], accountId: string): Promise<{ id: string; key: string } | null>;
  /** Sends the mail to one person through Jira's notification of that issue (as the app). */
  send(issueId: string, accountId: string, mail: DigestMail): Promise<void>;
}
