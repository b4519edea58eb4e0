// Where a goal lives: its page is a route of the strategy workspace (jira:globalPage), `/goal/<id>`, one URL per
// goal that can be copied and shared. Pure, so every surface links to the same place and tests need no bridge.

/** The strategy workspace's module key in manifest.yml. */
export const STRATEGY_MODULE_KEY = 'throughline-strategy';

const GOAL_ROUTE = /^\/goal\/([A-Za-z0-9_-]{1,64})\/?$/;

/** The parts of a goal's page a link may open at (`?focus=`): a section, or the editor. */
export const GOAL_FOCI = ['check-in', 'kpis', 'agreements', 'commitment', 'input', 'proposals', 'edit'] as const;
export type GoalFocus = (typeof GOAL_FOCI)[number];

const KPI_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The workspace route of a goal's page, e.g. `/goal/g-grow-arr`, or `/goal/g-grow-arr?focus=kpis` at one part of it;
 * with a KPI (`?focus=kpis&kpi=k-arr`) the page opens that KPI's "Record a value" form; with an agreement
 * (`?focus=agreements&agreement=ag-…`) it opens at that agreement's card.
 */
export const goalRoute = (goalId: string, focus?: GoalFocus, itemId?: string): string => {
  const search = new URLSearchParams();
  if (focus) search.set('focus', focus);
  if (focus === 'kpis' && itemId && KPI_ID.test(itemId)) search.set('kpi', itemId);
  if (focus === 'agreements' && itemId && KPI_ID.test(itemId)) search.set('agreement', itemId);
  const q = search.toString();
  return `/goal/${encodeURIComponent(goalId)}${q ? `?${q}` : ''}`;
};

/** The KPI whose value a route asks to record (`?focus=kpis&kpi=…`); null for none or one that is no possible id. */
export const kpiOfSearch = (search: string): string | null => {
  const params = new URLSearchParams(search);
  const kpi = params.get('kpi');
  return params.get('focus') === 'kpis' && kpi && KPI_ID.test(kpi) ? kpi : null;
};

/** What a "Due from you" item's button opens on the goal's page beyond its part: the KPI to record, or the agreement
 *  to answer (its item's id is `agreement:<id>`). */
export const dueItemTarget = (item: { kind: string; id: string; kpiId?: string | undefined }): string | undefined =>
  item.kpiId ?? (item.kind === 'agreement' && item.id.startsWith('agreement:') ? item.id.slice('agreement:'.length) : undefined);

/** The agreement whose card a route opens at (`?focus=agreements&agreement=…`); null for none or no possible id. */
export const agreementOfSearch = (search: string): string | null => {
  const params = new URLSearchParams(search);
  const id = params.get('agreement');
  return params.get('focus') === 'agreements' && id && KPI_ID.test(id) ? id : null;
};

/** The part of the page a route's search (`?focus=kpis`) opens at; null for none or one the page does not have. */
export const focusOfSearch = (search: string): GoalFocus | null => {
  const f = new URLSearchParams(search).get('focus');
  return (GOAL_FOCI as readonly string[]).includes(f ?? '') ? (f as GoalFocus) : null;
};

/** The goal id a workspace route names, or null when the route is not a goal page (or names no possible id). */
export const goalIdOfRoute = (pathname: string): string | null => GOAL_ROUTE.exec(pathname)?.[1] ?? null;

/** Whether a workspace route is meant as a goal's page at all (`/goal/…`), even when it names no possible id. */
export const isGoalRoute = (pathname: string): boolean => pathname === '/goal' || pathname.startsWith('/goal/');

/** router.navigate / router.open target of a goal's page, from any surface. */
export const goalPageLocation = (goalId: string) => ({ target: 'module', moduleKey: STRATEGY_MODULE_KEY, path: goalRoute(goalId) }) as const;

/** The JQL that finds the epics tagged with a goal (the `jira:entityProperty` alias). */
export const goalJql = (goalId: string): string => `throughlineGoal = "${goalId}"`;
