// The gap "input unanswered for 14 days": a goal whose open input from the work has waited that long for its
// leader or manager. Counts and the oldest day only: a gap never says who wrote what. Pure.
import type { Gap } from '../../shared/api/alignment';
import type { GoalSummary } from '../../shared/model/goal';
import { INPUT_UNANSWERED_DAYS, type Input } from '../../shared/model/input';
import { formatDay } from '../kpi/series';

/** The day `days` before `today` (both 'YYYY-MM-DD', UTC). */
export const daysBefore = (today: string, days: number): string => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

/** Open input left on or before this day has waited INPUT_UNANSWERED_DAYS days or more. */
export const unansweredSince = (today: string): string => daysBefore(today, INPUT_UNANSWERED_DAYS);

export interface UnansweredInput {
  count: number;
  /** The day the oldest of it was left. */
  oldest: string;
}

/** Per goal, the open input that has waited too long (input as stored; counts only leave this function). */
export const unansweredByGoal = (inputs: readonly Pick<Input, 'goalId' | 'createdAt' | 'triage'>[], today: string): Map<string, UnansweredInput> => {
  const cutoff = unansweredSince(today);
  const out = new Map<string, UnansweredInput>();
  for (const i of inputs) {
    const day = i.createdAt.slice(0, 10);
    if (i.triage.state !== 'open' || day > cutoff) continue;
    const seen = out.get(i.goalId);
    out.set(i.goalId, { count: (seen?.count ?? 0) + 1, oldest: seen && seen.oldest < day ? seen.oldest : day });
  }
  return out;
};

const pieces = (n: number): string => (n === 1 ? 'One piece of input' : `${n} pieces of input`);

const whoTriages = (g: GoalSummary, people: Readonly<Record<string, string>>): string => {
  const leader = g.leaderId ? people[g.leaderId] : undefined;
  const manager = g.managerId ? people[g.managerId] : undefined;
  if (leader && manager && g.leaderId !== g.managerId) return `${leader} (its leader) or ${manager} (its manager)`;
  if (leader) return `${leader} (its leader)`;
  if (manager) return `${manager} (its manager)`;
  return 'Its leader or manager, once it has one';
};

/** The gap of a goal (not archived: nobody pursues it any more) with input waiting too long. */
export const inputGap = (g: GoalSummary, waiting: UnansweredInput, people: Readonly<Record<string, string>>): Gap | null =>
  g.status === 'archived' || waiting.count === 0
    ? null
    : {
        id: `input-unanswered:${g.id}`,
        kind: 'input-unanswered',
        level: g.level,
        subject: { kind: 'goal', id: g.id, title: g.title },
        why: `${pieces(waiting.count)} from the work ${waiting.count === 1 ? 'has' : 'have'} waited more than ${INPUT_UNANSWERED_DAYS} days for an answer (the oldest since ${formatDay(waiting.oldest)}), so the people doing the work learn that nobody listens.`,
        who: whoTriages(g, people),
        fix: 'Answer it, take it into the next check-in, or say “Not now” with a reason, on the goal’s page.',
        link: { target: 'goal', goalId: g.id },
      };
