// The forms of agreements, pure: "Ask for support" (which goal, what, by when), an answer that needs words or a
// date (counter, decline, break…), and a commitment. Each checks what the server will check, so most mistakes
// are said beside their field before anything is sent; a server VALIDATION error lands beside its field too.
import type { SupportView } from '../../../../src/shared/api/agreements';
import type { AppError } from '../../../../src/shared/errors';
import { AGREEMENT_TEXT_MAX, type SupportAnswer } from '../../../../src/shared/model/agreement';
import type { AnswerChoice } from '../../../kit/ui/agreements/words';
import type { GoalSummary } from '../../../../src/shared/model/goal';
import { formatDay } from '../../../kit/ui/dates';

export { AGREEMENT_TEXT_MAX };

/** A calendar day plus whole days, in UTC (no time zone moves it). */
export const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** A needed-by date a request usually has: four weeks out, enough for the other team to plan it in. */
export const defaultNeededBy = (today: string): string => addDays(today, 28);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (s: string): boolean =>
  DAY.test(s) && !Number.isNaN(new Date(`${s}T00:00:00Z`).getTime()) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** "312 of 1,000 characters" under every text of an agreement. */
export const counterWords = (text: string): string => `${text.length.toLocaleString('en-GB')} of ${AGREEMENT_TEXT_MAX.toLocaleString('en-GB')} characters`;

const textError = (text: string, what: string, required: boolean): string | undefined => {
  if (required && text.trim() === '') return `Say ${what}.`;
  if (text.trim().length > AGREEMENT_TEXT_MAX)
    return `Keep it to ${AGREEMENT_TEXT_MAX.toLocaleString('en-GB')} characters (now ${text.trim().length.toLocaleString('en-GB')}).`;
  return undefined;
};

const dateError = (date: string, today: string): string | undefined => {
  if (date === '') return 'Choose the date it is needed by.';
  if (!isDay(date)) return 'Enter a date as YYYY-MM-DD.';
  if (date < today) return `Choose today (${formatDay(today)}) or later.`;
  return undefined;
};

// ---- ask for support --------------------------------------------------------------------------------------

export interface AskValues {
  toGoalId: string;
  ask: string;
  neededBy: string;
}
export type AskErrors = Partial<Record<keyof AskValues, string>>;

export const emptyAsk = (today: string): AskValues => ({ toGoalId: '', ask: '', neededBy: defaultNeededBy(today) });

export const validateAsk = (v: AskValues, fromGoalId: string, today: string): AskErrors => {
  const errors: AskErrors = {};
  if (v.toGoalId === '') errors.toGoalId = 'Choose the goal you ask for support.';
  else if (v.toGoalId === fromGoalId) errors.toGoalId = 'A goal cannot ask itself; choose another goal.';
  const ask = textError(v.ask, 'what you need', true);
  if (ask) errors.ask = ask;
  const date = dateError(v.neededBy, today);
  if (date) errors.neededBy = date;
  return errors;
};

/** A warning, not an error: the date asked for falls after the providing goal's timeframe ends, when it may no longer
 *  be pursued. Null when it does not (or the date is not a day yet). */
export const afterProviderEnds = (neededBy: string, provider: Pick<GoalSummary, 'title' | 'timeframe'> | undefined): string | null => {
  // An ongoing goal (no end) never ends before it.
  const end = provider?.timeframe.end ?? null;
  return provider && end !== null && isDay(neededBy) && neededBy > end
    ? `“${provider.title}” ends on ${formatDay(end)}, before this date: agree with its people that it will still deliver then.`
    : null;
};

/** The goals a goal may ask: every other goal the viewer can see that is not archived (the picker filters them). */
export const providerOptions = (goals: readonly GoalSummary[], fromGoalId: string): GoalSummary[] =>
  goals.filter((g) => g.id !== fromGoalId && g.status !== 'archived');

// ---- answer ------------------------------------------------------------------------------------------------

export interface AnswerValues {
  text: string;
  neededBy: string;
}
export type AnswerErrors = Partial<Record<keyof AnswerValues, string>>;

export const validateAnswer = (choice: AnswerChoice, v: AnswerValues, today: string): AnswerErrors => {
  const errors: AnswerErrors = {};
  const required = choice.needs === 'terms-and-date' || choice.needs === 'reason';
  const what =
    choice.needs === 'terms-and-date' ? 'your terms' : choice.action === 'break' ? 'what broke it' : choice.action === 'flag' ? 'what puts it at risk' : 'why';
  const text = choice.needs === 'nothing' ? undefined : textError(v.text, what, required);
  if (text) errors.text = text;
  if (choice.needs === 'terms-and-date') {
    const date = dateError(v.neededBy, today);
    if (date) errors.neededBy = date;
  }
  return errors;
};

/** The answer the server takes for a choice and what was typed (validated first). */
export const answerOf = (choice: AnswerChoice, v: AnswerValues): SupportAnswer => {
  const text = v.text.trim();
  switch (choice.action) {
    case 'accept':
      return { action: 'accept' };
    case 'counter':
      return { action: 'counter', neededBy: v.neededBy, terms: text };
    case 'decline':
      return { action: 'decline', reason: text };
    case 'break':
      return { action: 'break', reason: text };
    case 'withdraw':
      return text === '' ? { action: 'withdraw' } : { action: 'withdraw', reason: text };
    case 'fulfil':
      return text === '' ? { action: 'fulfil' } : { action: 'fulfil', note: text };
    case 'flag':
      return { action: 'flag', reason: text };
    case 'unflag':
      return text === '' ? { action: 'unflag' } : { action: 'unflag', note: text };
    case 'acknowledge':
      return text === '' ? { action: 'acknowledge' } : { action: 'acknowledge', note: text };
  }
};

/** The words of the flag that stands on an agreement (its latest flag round, while it may be cleared); '' when none. */
export const standingFlagText = (a: Pick<SupportView, 'can' | 'rounds'>): string => {
  if (!a.can.includes('unflag')) return '';
  for (let i = a.rounds.length - 1; i >= 0; i--) if (a.rounds[i]!.action === 'flag') return a.rounds[i]!.text;
  return '';
};

// ---- commitment --------------------------------------------------------------------------------------------

export const validateCommitment = (text: string, state: 'committed' | 'concern'): string | undefined =>
  textError(text, state === 'committed' ? 'what you commit to' : 'your concern', true);

// ---- server errors -----------------------------------------------------------------------------------------

/** A server VALIDATION error's issues by field (the last part of its path: `input.neededBy` → `neededBy`), the rest for the top. */
export const serverFieldErrors = <K extends string>(error: AppError, fields: readonly K[]): { fields: Partial<Record<K, string>>; top: string | null } => {
  if (error.code !== 'VALIDATION' || !Array.isArray(error.details)) return { fields: {}, top: null };
  const out: Partial<Record<K, string>> = {};
  const rest: string[] = [];
  for (const issue of error.details as { path?: unknown; message?: unknown }[]) {
    if (typeof issue.message !== 'string') continue;
    const path = typeof issue.path === 'string' ? issue.path : '';
    const last = path.split('.').pop() ?? '';
    const alias = last === 'terms' || last === 'reason' || last === 'note' ? 'text' : last;
    const field = fields.find((f) => f === alias);
    if (field && !out[field]) out[field] = issue.message;
    else rest.push(path ? `${path}: ${issue.message}` : issue.message);
  }
  return { fields: out, top: rest.length > 0 ? rest.join('; ') : null };
};
