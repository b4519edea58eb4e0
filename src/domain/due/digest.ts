// The weekly digest of what is due from one person: who gets one, which goals it may name, the week it counts
// for, and the mail's words (text and HTML, every user-written string escaped). Pure.
import type { DueItem } from '../../shared/api/due';
import type { GoalSummary } from '../../shared/model/goal';
import { LEVEL_LABEL } from '../../shared/levels';
import { visibleGoals } from '../goals/visibility';
import { formatDay } from '../kpi/series';

/** The ISO week a day falls in, e.g. '2026-W48' (weeks start on Monday; week 1 holds the year's first Thursday). */
export const isoWeek = (day: string): string => {
  const d = new Date(`${day}T00:00:00.000Z`);
  // The Thursday of the same Monday-to-Sunday week decides the year and the week.
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
};

/** Everyone who leads or manages an active goal: the people a digest may be owed to. */
export const digestPeople = (goals: readonly GoalSummary[]): string[] =>
  [...new Set(goals.filter((g) => g.status === 'active').flatMap((g) => [g.leaderId, g.managerId].filter((x): x is string => x !== null)))].sort();

/**
 * The goals a person's digest may name, decided without asking Jira (a scheduled job has no user to ask as): the
 * visibility rule (src/domain/goals/visibility.ts) with only what needs no Jira: a restricted goal hides its whole
 * subtree unless the person leads or manages it or a goal below it. A restricted goal the person may see through
 * their projects' work, or as a strategy editor, is left out: the digest says less rather than more.
 */
export const digestGoalsFor = (accountId: string, goals: readonly GoalSummary[]): GoalSummary[] =>
  visibleGoals(goals, { accountId, isEditor: false, browsableProjectIds: new Set() }, new Map());

export interface DigestMail {
  subject: string;
  textBody: string;
  htmlBody: string;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

const line = (i: DueItem): string => `${i.overdue ? 'Overdue: ' : ''}${i.action} on “${i.goal.title}” (${LEVEL_LABEL[i.goal.level]} goal). ${i.sentence}`;

/** The mail for one person's items (at least one), on `today`. */
export const digestMail = (name: string, items: readonly DueItem[], today: string): DigestMail => {
  const overdue = items.filter((i) => i.overdue).length;
  const count = `${items.length} ${items.length === 1 ? 'thing' : 'things'} due from you`;
  const subject = `Throughline: ${count}${overdue > 0 ? `, ${overdue} overdue` : ''}`;
  const intro = `Hello ${name}, this is what the goals you lead or manage ask of you this week (as of ${formatDay(today)}).`;
  const outro = 'Open Throughline in Jira (Apps → Throughline → Due from you) to act on each one. A Jira admin can turn these mails off in the app’s settings.';
  const textBody = [intro, '', ...items.map((i) => `- ${line(i)}`), '', outro].join('\n');
  const htmlBody =
    `<p>${escapeHtml(intro)}</p><ul>` +
    items
      .map(
        (i) =>
          `<li>${i.overdue ? '<strong>Overdue:</strong> ' : ''}${escapeHtml(i.action)} on <strong>${escapeHtml(i.goal.title)}</strong> ` +
          `(${escapeHtml(LEVEL_LABEL[i.goal.level])} goal). ${escapeHtml(i.sentence)}</li>`,
      )
      .join('') +
    `</ul><p>${escapeHtml(outro)}</p>`;
  return { subject, textBody, htmlBody };
};
