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

/** The last parse of each file, by its text: a test run starts a local Forge hundreds of times from one manifest. */
const parsed = new Map<string, { text: string; manifest: Manifest }>();

/** The manifest in `file`, parsed again only when its text changed; each caller gets its own copy to change. */
export const readManifest = (file: string): Manifest => {
  const text = readFileSync(file, 'utf8');
  const last = parsed.get(file);
  if (last?.text === text) return structuredClone(last.manifest);
  const manifest = parse(text) as Manifest;
  parsed.set(file, { text, manifest: structuredClone(manifest) });
  return manifest;
};

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
