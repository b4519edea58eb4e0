// Reads an app's manifest.yml and answers what the local host needs from it: which handler serves a module's resolver.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

export interface ManifestModule {
  key: string;
  resource?: string;
  resolver?: { function: string };
  title?: string;
  [k: string]: unknown;
}

export interface Manifest {
  modules: Record<string, ManifestModule[]>;
  resources?: { key: string; path: string }[];
  app: Record<string, unknown>;
  permissions?: { scopes?: string[] };
}

export const readManifest = (file: string): Manifest => parse(readFileSync(file, 'utf8')) as Manifest;

export interface UiModule {
  kind: string;
  key: string;
  resource: string;
  resourcePath: string;
  handler: string | undefined;
  title: string;
}

/** Every Custom UI module with its resource folder and the exported handler name of its resolver function. */
export const uiModules = (m: Manifest): UiModule[] => {
  const functions = new Map((m.modules.function ?? []).map((f) => [f.key, String(f.handler)]));
  const resources = new Map((m.resources ?? []).map((r) => [r.key, r.path]));
  const out: UiModule[] = [];
  for (const [kind, list] of Object.entries(m.modules)) {
    for (const mod of list) {
      if (!mod.resource) continue;
      const fn = mod.resolver?.function;
      const handler = fn ? functions.get(fn)?.split('.').pop() : undefined;
      out.push({ kind, key: mod.key, resource: mod.resource, resourcePath: resources.get(mod.resource) ?? '', handler, title: String(mod.title ?? mod.key) });
    }
  }
  return out;
};

/** The exported name of every function handler the manifest names, e.g. 'adminResolver' for 'index.adminResolver'. */
export const handlerExports = (m: Manifest): string[] =>
  (m.modules.function ?? []).map((f) => {
    const [file, name] = String(f.handler).split('.');
    if (file !== 'index' || !name) throw new Error(`handler ${String(f.handler)} must be index.<export>`);
    return name;
  });
