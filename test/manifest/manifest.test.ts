// The manifest as Atlassian's own tools see it: full validation, the scope linter, handlers and resources.
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { contractsAvailable, runForgeLint, sharingSchemaCompiles } from '../../dev/tools/forge-lint';
import { handlerExports } from '@throughline/local-forge';
import { readManifest, ROOT } from '../../dev/throughline-host';

const manifest = readManifest();

type Validate = (a: boolean, f: string) => Promise<{ success: boolean; errors?: { message: string; level: string }[] }>;
/** @forge/manifest's full validation of the manifest.yml in `dir` (its resources and handlers relative to it). */
const validateIn = async (dir: string): ReturnType<Validate> => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validate } = require('@forge/manifest') as { validate: Validate };
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    return await sharingSchemaCompiles(() => validate(false, 'manifest.yml'));
  } finally {
    process.chdir(cwd);
  }
};

describe('the manifest', () => {
  it('passes @forge/manifest full validation', async () => {
    // The scope lint below validates with the same schema: compiled once for both.
    const result = await validateIn(ROOT);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('asks no image permission for people’s avatars: Forge allows the hosts Jira serves them from', async () => {
    // Jira's `avatarUrls` point at Atlassian's avatar service (uploaded pictures, initials) or Gravatar. Listing them
    // under permissions.external.images is what a Custom UI would need for any other host; for these Atlassian's
    // validator says the app does not need them, because the platform's image policy already admits them.
    expect((manifest.permissions as Record<string, unknown> | undefined)?.external).toBeUndefined();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tl-manifest-'));
    try {
      copyFileSync(path.join(ROOT, 'manifest.yml'), path.join(dir, 'manifest.yml'));
      for (const linked of ['src', 'static']) symlinkSync(path.join(ROOT, linked), path.join(dir, linked));
      appendFileSync(
        path.join(dir, 'manifest.yml'),
        ['  external:', '    images:', "      - address: '*.atl-paas.net'", "      - address: '*.gravatar.com'", ''].join('\n'),
      );
      const said = ((await validateIn(dir)).errors ?? []).map((e) => `${e.level}: ${e.message}`);
      expect(said).toEqual(
        ['*.atl-paas.net', '*.gravatar.com'].map(
          (host) =>
            `warning: Unnecessary URL detected for 'external.images' permission in the manifest.yml file. Your app should not need the URL '${host}' to work properly.`,
        ),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
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
