// The layer allow-list (.dependency-cruiser.cjs) proved rule by rule: in a scratch tree shaped like ours, one probe
// file per rule imports what that rule does not allow, and a legal file per layer imports what it does; the
// checker must report exactly the probes. The real tree must pass (as `npm run lint:layers` checks in CI).
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const config = path.join(root, '.dependency-cruiser.cjs');
const cli = path.join(root, 'node_modules/dependency-cruiser/bin/dependency-cruise.mjs');

interface Violation {
  from: string;
  to: string;
  rule: { name: string; severity: string };
}

/** Cruises `dirs` from `cwd` with the project's rules; the violations it reports (it exits non-zero on any). */
const cruise = (cwd: string, dirs: string[]): Promise<Violation[]> =>
  new Promise((resolve, reject) => {
    execFile(process.execPath, [cli, ...dirs, '--config', config, '--output-type', 'json'], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve((JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations);
      } catch {
        reject(error ?? new Error(stderr));
      }
    });
  });

// The scratch tree: one plain file per layer for the probes to import, and node_modules for the libraries.
const targets: Record<string, string> = {
  'src/shared/contract.ts': '',
  'src/domain/rule.ts': '',
  'src/services/use-case.ts': '',
  'src/services/ports/store.ts': 'export interface Store { read(): Promise<string> }\n',
  'src/platform/adapter.ts': '',
  'src/wiring/deps.ts': '',
  'src/resolvers/define.ts': '',
  'src/resolvers/issue-panel.ts': '',
  'src/resolvers/global-page-alignment.ts': '',
  'src/triggers/reconcile.ts': '',
  'static/kit/ui/Lozenge.tsx': '',
  'dev/host/server.ts': '',
  'test/builders/goals.ts': '',
  'bench/run.ts': '',
};

// Each layer importing everything it is allowed: none of these may be reported.
const legal: Record<string, string[]> = {
  'src/shared/legal.ts': ['./contract', 'zod'],
  'src/domain/legal.ts': ['./rule', '../shared/contract'],
  'src/services/legal.ts': ['./use-case', './ports/store', '../domain/rule', '../shared/contract'],
  'src/platform/legal.ts': ['./adapter', '../domain/rule', '../shared/contract', '@forge/api', '@forge/kvs', 'zod', '@atlaskit/jql-ast', 'node:crypto'],
  'src/wiring/legal.ts': ['./deps', '../platform/adapter', '../services/use-case', '../domain/rule', '../shared/contract'],
  'src/resolvers/legal.ts': ['./define', '../services/use-case', '../shared/contract', '../wiring/deps', 'zod'],
  'src/resolvers/global-page.ts': ['./define', './global-page-alignment'],
  'src/triggers/legal.ts': ['./reconcile', '../services/use-case', '../shared/contract', '../wiring/deps'],
  'src/handlers.ts': ['./resolvers/issue-panel', './triggers/reconcile', './wiring/deps'],
  'src/index.ts': ['./handlers', './wiring/deps'],
  'static/kit/legal.tsx': ['./ui/Lozenge', '../../src/shared/contract', '@forge/bridge', 'react', 'react-dom', '@atlaskit/tokens', 'zod'],
  'src/domain/legal.test.ts': ['./rule', '../../test/builders/goals'],
};

// One probe per rule: [the rule it breaks, the probe file, what it imports].
const probes: Array<[rule: string, file: string, imports: string, resolved: string]> = [
  ['shared imports only zod', 'src/shared/probe-domain.ts', '../domain/rule', 'src/domain/rule.ts'],
  ['shared imports only zod', 'src/shared/probe-react.ts', 'react', 'node_modules/'],
  ['domain imports only shared', 'src/domain/probe-services.ts', '../services/use-case', 'src/services/use-case.ts'],
  ['domain imports only shared', 'src/domain/probe-zod.ts', 'zod', 'node_modules/'],
  ['domain imports only shared', 'src/domain/probe-node.ts', 'node:crypto', 'crypto'],
  ['services import only domain and shared', 'src/services/probe-platform.ts', '../platform/adapter', 'src/platform/adapter.ts'],
  ['services import only domain and shared', 'src/services/probe-forge.ts', '@forge/api', 'node_modules/'],
  ['platform imports only the ports of the services', 'src/platform/probe-use-case.ts', '../services/use-case', 'src/services/use-case.ts'],
  ['platform imports the ports as types only', 'src/platform/probe-port-value.ts', '../services/ports/store', 'src/services/ports/store.ts'],
  ['platform never imports wiring', 'src/platform/probe-wiring.ts', '../wiring/deps', 'src/wiring/deps.ts'],
  ['platform: no library it does not use', 'src/platform/probe-react.ts', 'react', 'node_modules/'],
  ['wiring imports only src', 'src/wiring/probe-forge.ts', '@forge/api', 'node_modules/'],
  ['wiring imports only src', 'src/wiring/probe-node.ts', 'node:crypto', 'crypto'],
  ['resolvers import only services, shared, wiring', 'src/resolvers/probe-platform.ts', '../platform/adapter', 'src/platform/adapter.ts'],
  ['resolvers import only services, shared, wiring', 'src/resolvers/probe-domain.ts', '../domain/rule', 'src/domain/rule.ts'],
  ['resolvers import only services, shared, wiring', 'src/resolvers/probe-forge.ts', '@forge/resolver', 'node_modules/'],
  ['one resolver never imports another', 'src/resolvers/probe-resolver.ts', './issue-panel', 'src/resolvers/issue-panel.ts'],
  [
    "only the global page composes the global page's helpers",
    'src/resolvers/probe-helper.ts',
    './global-page-alignment',
    'src/resolvers/global-page-alignment.ts',
  ],
  ['triggers import only services, shared, wiring', 'src/triggers/probe-domain.ts', '../domain/rule', 'src/domain/rule.ts'],
  ['triggers import only services, shared, wiring', 'src/triggers/probe-resolver.ts', '../resolvers/define', 'src/resolvers/define.ts'],
  [
    'a file of src/ outside every layer (only index.ts and handlers.ts are the entry) may import nothing',
    'src/probe-entry.ts',
    './wiring/deps',
    'src/wiring/deps.ts',
  ],
  ['static imports only src/shared, @forge/bridge and UI libraries', 'static/kit/probe-domain.tsx', '../../src/domain/rule', 'src/domain/rule.ts'],
  ['static imports only src/shared, @forge/bridge and UI libraries', 'static/kit/probe-forge.tsx', '@forge/api', 'node_modules/'],
  ['nothing in src imports dev/', 'src/wiring/probe-dev.ts', '../../dev/host/server', 'dev/host/server.ts'],
  ['nothing in src imports test/ (outside test files)', 'src/domain/probe-builders.ts', '../../test/builders/goals', 'test/builders/goals.ts'],
  ['nothing in src imports bench/', 'src/services/probe-bench.ts', '../../bench/run', 'bench/run.ts'],
  ['test files import test/builders only', 'src/domain/probe-dev.test.ts', '../../dev/host/server', 'dev/host/server.ts'],
  ['nothing in static imports dev/', 'static/kit/probe-dev.tsx', '../../dev/host/server', 'dev/host/server.ts'],
];

const importLine = (spec: string) => `import '${spec}';\n`;

describe('the layer allow-list', () => {
  let scratch: string;
  let reported: Violation[];

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'layers-'));
    const write = (file: string, text: string) => {
      mkdirSync(path.dirname(path.join(scratch, file)), { recursive: true });
      writeFileSync(path.join(scratch, file), text);
    };
    symlinkSync(path.join(root, 'node_modules'), path.join(scratch, 'node_modules'));
    write('tsconfig.json', JSON.stringify({ compilerOptions: { module: 'node16', moduleResolution: 'node16', jsx: 'react-jsx', strict: true } }));
    for (const [file, text] of Object.entries(targets)) write(file, text);
    for (const [file, specs] of Object.entries(legal)) write(file, specs.map(importLine).join(''));
    for (const [, file, spec] of probes) write(file, importLine(spec));
    // The one probe that must be a value import of a port (a type-only one is allowed):
    write('src/platform/probe-port-value.ts', "import { Store } from '../services/ports/store';\nexport const store: Store | undefined = undefined;\n");
    write('src/platform/legal-port.ts', "import type { Store } from '../services/ports/store';\nexport const store: Store | undefined = undefined;\n");
    reported = await cruise(scratch, ['src', 'static']);
  }, 60_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  it.each(probes)('fails when %s (%s imports %s)', (_rule, file, _spec, resolved) => {
    const hit = reported.filter((v) => v.from === file);
    expect(hit).toHaveLength(1);
    expect(hit[0]?.to).toContain(resolved);
    expect(hit[0]?.rule).toEqual({ name: 'not-in-allowed', severity: 'error' });
  });

  it('allows what each layer may import, and reports nothing but the probes', () => {
    const probeFiles = new Set(probes.map(([, file]) => file));
    expect(reported.filter((v) => !probeFiles.has(v.from))).toEqual([]);
  });

  it('passes on the real tree', async () => {
    expect(await cruise(root, ['src', 'static'])).toEqual([]);
  }, 60_000);
});
