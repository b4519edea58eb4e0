// Shared fixture of the end-to-end tests: a local host in memory on a free port, and the built resources it
// serves (built on demand when static/dist/<surface>/index.html is missing).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startHost, type Host } from '../../../dev/throughline-host';
import { DEMO_TODAY } from '../../support/demo-day';
import { freshConnections } from '../../support/fresh-connections';
import { seededDemo } from '../../support/seeded-demo';

export type { Host };

/** Builds static/dist/<surface> unless it is there already. */
export const ensureBuilt = (...surfaces: string[]): void => {
  const missing = surfaces.filter((s) => !existsSync(path.join(ROOT, 'static', 'dist', s, 'index.html')));
  if (missing.length === 0) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'static/build.mts', ...missing], { cwd: ROOT, stdio: 'inherit' });
};

/**
 * The port of the last host started here. The next file of the group (test/support/grouping-runner.js) starts its
 * host on it again once the last one closed, so the pages the group's files share keep the built bundles and the
 * host's assets they cached and compiled (one origin); a port still taken gives a free one instead.
 */
let lastPort = 0;

/**
 * A host on the demo day (test/support/demo-day.ts), whatever the real date, in memory, started from the demo
 * seeded once for the whole run (test/support/seeded-demo.ts) as `npm start` would seed it.
 */
export const startTestHost = async (): Promise<Host> => {
  const seeded = await seededDemo(DEMO_TODAY);
  // Node's fetch kept connections to the last host, now closed: none may carry a request to this one (without the
  // project's environment, which drops them, the host takes a free port).
  if (lastPort !== 0 && freshConnections()) {
    try {
      return await startHost({ port: lastPort, inMemory: true, seeded });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw e;
    }
  }
  const host = await startHost({ port: 0, inMemory: true, seeded });
  lastPort = Number(new URL(host.url).port);
  return host;
};

export interface Persona {
  id: string;
  accountId: string;
  displayName: string;
  description: string;
}

export const getJson = async <T>(host: Host, p: string, init?: RequestInit): Promise<{ status: number; body: T }> => {
  const res = await fetch(host.url + p, init);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
};

export const personas = async (host: Host): Promise<Record<string, Persona>> => {
  const { body } = await getJson<Persona[]>(host, '/__forge/personas');
  return Object.fromEntries(body.map((p) => [p.id, p]));
};
