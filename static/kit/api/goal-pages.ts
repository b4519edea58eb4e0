// A list of goals read a page at a time (the scorecard macro of a level): the pages read so far as one view, and
// "Show more" reading the next page (one invocation) only when asked. A new first page starts over.
import { usePagedView, type Pages } from './paged-view';

interface GoalPaged {
  goals: readonly unknown[];
  people: readonly { accountId: string }[];
  cursor?: string | null | undefined;
}

/** The pages so far and the next one as one view: its goals after theirs, the people of both, its cursor; the rest
 *  (e.g. the Scorecards tab's organisation scorecard, sent with the first page only) stays as the first page had it. */
export const appendGoalPage = <V extends GoalPaged>(sofar: V, page: V): V => ({
  ...sofar,
  goals: [...sofar.goals, ...page.goals],
  people: [...new Map([...sofar.people, ...page.people].map((p) => [p.accountId, p])).values()],
  cursor: page.cursor ?? null,
});

export type GoalPages<V> = Pages<V>;

export const useGoalPages = <V extends GoalPaged>(first: V | null, next: (cursor: string) => Promise<V>): GoalPages<V> =>
  usePagedView(first, next, appendGoalPage);
