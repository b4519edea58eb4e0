// Every Jira REST route the app calls exists in Atlassian's published contract, with a scope the manifest declares.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTRACTS_DIR, contractsAvailable } from '../../dev/tools/forge-lint';
import { readManifest, ROOT } from '../../dev/throughline-host';

interface Operation {
  'x-atlassian-oauth2-scopes'?: { scopes: string[]; state: string }[];
}
type Paths = Record<string, Record<string, Operation>>;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [p] : [];
  });

/** `requestJira(route\`/rest/…${x}…\`, { method: 'PUT' })` → {method, path template with {} for each ${…}}. */
export const jiraCallsIn = (code: string): { method: string; template: string }[] => {
  const calls: { method: string; template: string }[] = [];
  const re = /requestJira\(\s*route`([^`]*)`\s*(?:,\s*\{([^}]*)\})?/g;
  for (const m of code.matchAll(re)) {
    const method = /method:\s*'(\w+)'/.exec(m[2] ?? '')?.[1] ?? 'GET';
    const template = (m[1] ?? '').split('?')[0]!.replace(/\$\{[^}]*\}/g, '{}');
    calls.push({ method: method.toLowerCase(), template });
  }
  return calls;
};

const matches = (template: string, contractPath: string): boolean => {
  const a = template.split('/');
  const b = contractPath.split('/');
  return a.length === b.length && a.every((seg, i) => seg === b[i] || (seg === '{}' && /^\{.+\}$/.test(b[i]!)));
};

const withContracts = contractsAvailable() ? describe : describe.skip;
if (!contractsAvailable()) console.warn('Skipping the route contract test: ../shared/contracts is not beside this clone (the OpenAPI documents it needs).');

withContracts('Jira routes the app calls', () => {
  // describe.skip still runs this body to collect its tests: read the contract only when it is there.
  const paths = contractsAvailable() ? (JSON.parse(readFileSync(path.join(CONTRACTS_DIR, 'jira-platform.v3.json'), 'utf8')) as { paths: Paths }).paths : {};
  const calls = sourceFiles(path.join(ROOT, 'src')).flatMap((f) => jiraCallsIn(readFileSync(f, 'utf8')).map((c) => ({ ...c, file: path.relative(ROOT, f) })));
  const scopes = new Set(readManifest().permissions?.scopes ?? []);

  it('finds the calls (the scan itself works)', () => {
    expect(calls.length).toBeGreaterThan(0);
    expect(jiraCallsIn("r.requestJira(route`/rest/api/3/issue/${key}/properties/${p}`, { method: 'PUT', body })")).toEqual([
      { method: 'put', template: '/rest/api/3/issue/{}/properties/{}' },
    ]);
  });

  it.each(calls.map((c) => [`${c.method.toUpperCase()} ${c.template} (${c.file})`, c] as const))('%s is documented and its scope declared', (_name, c) => {
    const documented = Object.entries(paths).find(([p, ops]) => matches(c.template, p) && ops[c.method]);
    expect(documented).toBeDefined();
    const op = documented![1][c.method]!;
    const current = (op['x-atlassian-oauth2-scopes'] ?? []).filter((s) => s.state === 'Current').flatMap((s) => s.scopes);
    expect(current.filter((s) => !scopes.has(s))).toEqual([]);
  });
});
