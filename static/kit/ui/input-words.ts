// Input from the work in words, one place for the issue panel and the goal page: who will read it (the confirmation
// a team member gets), and what became of it. Pure.
import type { InputReaders } from '../../../src/shared/api/input';
import type { InputTriageView, NamedPerson } from '../../../src/shared/api/input-view';
import { INPUT_KIND_LABEL, INPUT_TEXT_MAX } from '../../../src/shared/model/input';
import { formatDay } from './dates';

const dayOf = (at: string): string => formatDay(at.slice(0, 10));

/** "Tom Becker and Daniel Okafor, who lead and manage Dashboards 3.0, will read this." and what others see. */
export const readersSentence = (r: InputReaders, anonymous: boolean): { who: string; others: string } => {
  const { leader, manager, goalTitle: goal } = r;
  const who =
    leader && manager && leader.accountId !== manager.accountId
      ? `${leader.displayName} and ${manager.displayName}, who lead and manage ${goal}, will read this`
      : leader && manager
        ? `${leader.displayName}, who leads and manages ${goal}, will read this`
        : leader
          ? `${leader.displayName}, who leads ${goal}, will read this`
          : manager
            ? `${manager.displayName}, who manages ${goal}, will read this`
            : `Nobody leads or manages ${goal} yet; strategy editors will read this`;
  const named = leader || manager;
  return anonymous
    ? {
        who: named ? `${who} and see that you wrote it.` : `${who}, without your name.`,
        others: 'Everyone else, strategy editors included, sees “Anonymous”.',
      }
    : { who: `${who}, with your name.`, others: 'Strategy editors can read it too; everyone else sees only how much input the goal has.' };
};

/** What became of a piece of input, in one sentence. */
export const stateSentence = (t: InputTriageView, waitingOn?: string): string => {
  switch (t.state) {
    case 'open':
      return waitingOn ? `Waiting for an answer from ${waitingOn}.` : 'Waiting for an answer.';
    case 'answered':
      return `${t.by.displayName} answered on ${dayOf(t.at)}:`;
    case 'taken':
      return t.checkInId ? `${t.by.displayName} took it into the check-in of ${dayOf(t.at)}.` : `${t.by.displayName} will take it into the next check-in.`;
    case 'not-now':
      return `Not now, said ${t.by.displayName} on ${dayOf(t.at)}:`;
    default: {
      const never: never = t;
      return never;
    }
  }
};

/** The words the leader or manager wrote with it: the answer, or the reason for "Not now". */
export const replyOf = (t: InputTriageView): string | null => (t.state === 'answered' ? t.answer : t.state === 'not-now' ? t.reason : null);

/** "Tom Becker or Daniel Okafor": who the author waits for. */
export const eitherOf = (people: readonly (NamedPerson | null)[]): string | undefined => {
  const names = [...new Set(people.flatMap((p) => (p ? [p.displayName] : [])))];
  return names.length === 0 ? undefined : names.join(' or ');
};

/** "12 / 1,000", and whether it is over. */
export const counterWords = (text: string, max = INPUT_TEXT_MAX): { words: string; over: boolean } => ({
  words: `${text.trim().length.toLocaleString('en-GB')} / ${max.toLocaleString('en-GB')}`,
  over: text.trim().length > max,
});

/** Why "Send" cannot be pressed yet, in words beside it; null when it can (or while sending). */
export const sendHint = (kindChosen: boolean, text: string, max = INPUT_TEXT_MAX): string | null => {
  const written = text.trim().length > 0;
  if (!kindChosen && !written) return 'Choose what you would like to say, then write it.';
  if (!kindChosen) return `Choose “${INPUT_KIND_LABEL.working}” or “${INPUT_KIND_LABEL.change}” above to send it.`;
  if (!written) return 'Write your input to send it.';
  if (counterWords(text, max).over) return `Shorten it to ${max.toLocaleString('en-GB')} characters to send it.`;
  return null;
};
