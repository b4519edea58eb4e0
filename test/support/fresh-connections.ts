// Node's fetch keeps the connections it opened for reuse (keep-alive), in one pool per worker, outside the test
// file's realm. When a local host closes and the next one listens on the same port (test/e2e/support/host.ts), a
// kept connection is to a server that is gone: a request sent on it fails with "other side closed". Dropping the
// pool first avoids that. The project's environment (test/support/environment.ts) installs `dropKeptConnections`
// of its own realm, the one whose fetch the tests call, under FRESH_CONNECTIONS.

/** The global under which the environment puts the function. */
export const FRESH_CONNECTIONS = '__throughlineFreshConnections';

/** Where Node's fetch (undici) keeps its dispatcher, the pool of every connection fetch opened. */
const DISPATCHER = Symbol.for('undici.globalDispatcher.1');

interface Dispatcher {
  close(): Promise<void>;
}

/**
 * Gives Node's fetch in `realm` a new, empty pool, and closes the old one's connections. Answers false where fetch
 * has no pool there to replace.
 */
export const dropKeptConnections = (realm: object = globalThis): boolean => {
  const slot = realm as Record<symbol, Dispatcher | undefined>;
  const old = slot[DISPATCHER];
  if (old === undefined) return false;
  slot[DISPATCHER] = new (old.constructor as new () => Dispatcher)();
  void old.close().catch(() => undefined);
  return true;
};

/** From a test file: drops the kept connections of its worker's fetch. False where the environment offers none. */
export const freshConnections = (global: object = globalThis): boolean => {
  const drop = (global as Record<string, unknown>)[FRESH_CONNECTIONS];
  return typeof drop === 'function' && (drop as () => boolean)();
};
