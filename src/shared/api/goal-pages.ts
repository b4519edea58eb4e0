// Lists of goals read a page at a time (the Scorecards tab, the scorecard macro of a level): at most
// GOALS_PER_PAGE goals a page, so an answer stays far under the 1 MB a response may use at any size of site. The
// cursor is opaque to the UI (it sends back what it got) and a claim like any payload: parsed here, and a cursor
// past the end reads nothing.
import { z } from 'zod';

/** Goals in one page: about 6 KB each with their KPIs, so a page stays near 300 KB. */
export const GOALS_PER_PAGE = 50;

/** Where the next page starts; the UI never reads it. */
export const GoalPageCursor = z.string().regex(/^g[0-9]{1,6}$/, 'not a page cursor');
export type GoalPageCursor = z.infer<typeof GoalPageCursor>;

const startOf = (cursor: GoalPageCursor | undefined): number => (cursor === undefined ? 0 : Number(cursor.slice(1)));

/** One page of `all` from the cursor, and the cursor of the next page (null: this was the last). */
export const pageOfGoals = <T>(all: readonly T[], cursor: GoalPageCursor | undefined, size = GOALS_PER_PAGE): { items: T[]; cursor: GoalPageCursor | null } => {
  const start = startOf(cursor);
  const items = all.slice(start, start + size);
  const end = start + items.length;
  return { items, cursor: end < all.length && items.length > 0 ? `g${end}` : null };
};
