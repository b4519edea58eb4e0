// The agreement web's route in the strategy workspace: `/agreements` (the first strategy goal's branch) and
// `/agreements/<goal id>` (that goal's branch), one URL per picture that can be shared. Pure.
const WEB_ROUTE = /^\/agreements(?:\/([A-Za-z0-9_-]{1,64}))?\/?$/;

export const WEB_TAB = '/agreements';

export const webRoute = (rootGoalId: string): string => `${WEB_TAB}/${encodeURIComponent(rootGoalId)}`;

/** null: not the web's route; '': the web without a chosen goal; otherwise the root goal's id. */
export const webRootOfRoute = (pathname: string): string | null => {
  const m = WEB_ROUTE.exec(pathname);
  return m ? (m[1] ?? '') : null;
};
