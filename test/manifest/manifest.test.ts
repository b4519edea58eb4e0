// The manifest as Atlassian's own tools see it: full validation, the scope linter, handlers and resources.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { contractsAvailable, runForgeLint, sharingSchemaCompiles } from '../../dev/tools/forge-lint';
import { handlerExports } from '@throughline/local-forge';
import { readManifest, ROOT } from '../../dev/throughline-host';

const manifest = readManifest();

describe('the manifest', () => {
  it('passes @forge/manifest full validation', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { validate } = require('@forge/manifest') as { validate: (a: boolean, f: string) => Promise<{ success: boolean; errors?: unknown[] }> };
    const cwd = process.cwd();
    process.chdir(ROOT);
    try {
      // The scope lint below validates with the same schema: compiled once for both.
      const result = await sharingSchemaCompiles(() => validate(false, 'manifest.yml'));
      expect(result.errors ?? []).toEqual([]);
      expect(result.success).toBe(true);
    } finally {
      process.chdir(cwd);
    }
  });

  it('targets the Node 22 runtime and makes Jira required, Confluence optional', () => {
    expect(manifest.app.runtime).toEqual({ name: 'nodejs22.x' });
    expect(manifest.app.compatibility).toEqual({ jira: { required: true }, confluence: { required: false } });
  });

  it('uses only Custom UI: every UI module renders its own resource, none uses UI Kit', () => {
    for (const [kind, modules] of Object.entries(manifest.modules)) {
      for (const mod of modules) {
        if (!mod.resource) continue;
        expect({ kind, key: mod.key, render: mod.render }).toEqual({ kind, key: mod.key, render: 'default' });
      }
    }
  });

  it('names only handlers that src/index.ts exports as functions', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const index = require('../../src/index') as Record<string, unknown>;
    const names = handlerExports(manifest);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect({ name, type: typeof index[name] }).toEqual({ name, type: 'function' });
  });

  it('has an index.html in every resource folder after the build', () => {
    const resources = manifest.resources ?? [];
    expect(resources.length).toBeGreaterThan(0);
    for (const r of resources) expect({ key: r.key, index: existsSync(path.join(ROOT, r.path, 'index.html')) }).toEqual({ key: r.key, index: true });
  });
});

const withContracts = contractsAvailable() ? describe : describe.skip;
if (!contractsAvailable()) console.warn('Skipping the scope lint: ../shared/contracts is not beside this clone (the OpenAPI documents it needs).');

withContracts('the scope linter (@forge/lint, client side, offline contracts)', () => {
  it('reports no missing scope and no other problem', async () => {
    const problems = await runForgeLint();
    expect(problems).toEqual([]);
  }, 180_000);
});
