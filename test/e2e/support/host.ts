// Shared fixture of the end-to-end tests: a local host in memory on a free port, and the built resources it
// serves (built on demand when static/dist/<surface>/index.html is missing).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, startHost, type Host } from '../../../dev/throughline-host';
import { DEMO_TODAY } from '../../support/demo-day';
import { seededDemo } from '../../support/seeded-demo';

export type { Host };

/** Builds static/dist/<surface> unless it is there already. */
export const ensureBuilt = (...surfaces: string[]): void => {
  const missing = surfaces.filter((s) => !existsSync(path.join(ROOT, 'static', 'dist', s, 'index.html')));
  if (missing.length === 0) return;
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'static/build.mts', ...missing], { cwd: ROOT, stdio: 'inherit' });
};

/**
 * A host on the demo day (test/support/demo-day.ts), whatever the real date, in memory, started from the demo
 * seeded once for the whole run (test/support/seeded-demo.ts) as `npm start` would seed it.
 */
export const startTestHost = async (): Promise<Host> => startHost({ port: 0, inMemory: true, seeded: await seededDemo(DEMO_TODAY) });

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
