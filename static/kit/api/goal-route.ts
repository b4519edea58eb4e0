// Where a goal lives: its page is a route of the strategy workspace (jira:globalPage), `/goal/<id>`, one URL per
// goal that can be copied and shared. Pure, so every surface links to the same place and tests need no bridge.

/** The strategy workspace's module key in manifest.yml. */
export const STRATEGY_MODULE_KEY = 'throughline-strategy';

const GOAL_ROUTE = /^\/goal\/([A-Za-z0-9_-]{1,64})\/?$/;

/** The workspace route of a goal's page, e.g. `/goal/g-grow-arr`. */
export const goalRoute = (goalId: string): string => `/goal/${encodeURIComponent(goalId)}`;

/** The goal id a workspace route names, or null when the route is not a goal page (or names no possible id). */
export const goalIdOfRoute = (pathname: string): string | null => GOAL_ROUTE.exec(pathname)?.[1] ?? null;

/** Whether a workspace route is meant as a goal's page at all (`/goal/…`), even when it names no possible id. */
export const isGoalRoute = (pathname: string): boolean => pathname === '/goal' || pathname.startsWith('/goal/');

/** router.navigate / router.open target of a goal's page, from any surface. */
export const goalPageLocation = (goalId: string) => ({ target: 'module', moduleKey: STRATEGY_MODULE_KEY, path: goalRoute(goalId) }) as const;

/** The JQL that finds the epics tagged with a goal (the `jira:entityProperty` alias). */
export const goalJql = (goalId: string): string => `throughlineGoal = "${goalId}"`;
