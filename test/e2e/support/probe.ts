// Builds the bridge-probe fixture (test/e2e/fixtures/bridge-probe) into a temporary resource folder, and a
// manifest that mounts it as an issue panel, a global page and a Confluence macro with a custom config.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import type { Manifest } from '@throughline/local-forge';

export const buildProbe = async (): Promise<string> => {
  const dir = mkdtempSync(path.join(tmpdir(), 'throughline-probe-'));
  await build({
    entryPoints: [path.join(__dirname, '..', 'fixtures', 'bridge-probe', 'probe.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    outfile: path.join(dir, 'assets', 'probe.js'),
    logLevel: 'silent',
  });
  writeFileSync(
    path.join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Probe</title><script type="module" src="./assets/probe.js"></script></head><body style="margin:8px;background:var(--ds-surface);color:var(--ds-text)"></body></html>',
  );
  return dir;
};

export const probeManifest = (resourceDir: string): Manifest => {
  const ui = (key: string, title: string, extra: Record<string, unknown> = {}) => ({
    key,
    resource: 'probe',
    resolver: { function: 'probe-fn' },
    render: 'default',
    title,
    ...extra,
  });
  return {
    modules: {
      'jira:issuePanel': [ui('probe-panel', 'Probe panel', { icon: 'https://example.invalid/icon.svg' })],
      'jira:globalPage': [ui('probe-global', 'Probe global page')],
      macro: [ui('probe-macro', 'Probe macro', { config: { resource: 'probe', render: 'default' } })],
      function: [{ key: 'probe-fn', handler: 'index.adminResolver' }],
    },
    resources: [{ key: 'probe', path: resourceDir }],
    app: { id: 'ari:cloud:ecosystem::app/8f0c6c1e-7d1a-4b8e-9a53-2f6d1c0b7a11' },
  };
};
