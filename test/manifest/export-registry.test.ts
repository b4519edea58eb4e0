// The export registry names every store: each entity the manifest declares and every entity or plain key the storage
// adapters use is exported (with an index that lists it whole) or excluded with a reason.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { EXCLUDED, PLAIN_KEYS, STORES } from '../../src/platform/storage/export-registry';

interface ManifestEntity {
  name: string;
  attributes: Record<string, unknown>;
  indexes?: (string | { name: string; range: string[]; partition?: string[] })[];
}
const root = path.resolve(__dirname, '../..');
const storage = path.join(root, 'src/platform/storage');
const manifest = parse(readFileSync(path.join(root, 'manifest.yml'), 'utf8')) as { app: { storage: { entities: ManifestEntity[] } } };
const entities = manifest.app.storage.entities;
const exported = new Set(STORES.map((s) => s.name));
const plainKeys = new Set(STORES.find((s) => s.name === PLAIN_KEYS)?.keys ?? []);
const excludedKey = (key: string): boolean => Object.keys(EXCLUDED).some((x) => x.startsWith('key:') && key.startsWith(x.slice(4)));

const adapters = readdirSync(storage).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const sourceOf = (file: string): string => readFileSync(path.join(storage, file), 'utf8');
/** String constants of every adapter (one adapter may use another's, as check-ins use INPUT_ENTITY). */
const constantsIn = (source: string) => [...source.matchAll(/const ([A-Z_]+) = '([^']+)'/g)].map((m) => [m[1]!, m[2]!] as const);
const allConstants = adapters.flatMap((f) => constantsIn(sourceOf(f)));

/** Entity names and plain keys a storage adapter's source uses, string constants resolved. */
const namesIn = (source: string): { entities: string[]; keys: string[] } => {
  const consts = new Map([...allConstants, ...constantsIn(source)]);
  const resolve = (lit: string | undefined, id: string | undefined): string => lit ?? consts.get(id!) ?? `unresolved ${id}`;
  const ents = [...source.matchAll(/entity<[^>]*>\(\s*(?:'([^']+)'|([A-Z_]+))|entityName:\s*(?:'([^']+)'|([A-Z_]+))/g)].map((m) =>
    resolve(m[1] ?? m[3], m[2] ?? m[4]),
  );
  const keys = [...source.matchAll(/kvs\.(?:get|set|delete)(?:<[^>]*>)?\(\s*(?:'([^']+)'|([A-Z_]+)|([a-zA-Z]+)\()/g)].map((m) =>
    m[3] ? `${m[3]}(` : resolve(m[1], m[2]),
  );
  return { entities: ents, keys };
};

describe('the export registry', () => {
  it.each(entities.map((e) => e.name))('exports the manifest’s entity %s', (name) => {
    expect(exported).toContain(name);
  });

  it.each(adapters)('knows every store %s uses', (file) => {
    const found = namesIn(sourceOf(file));
    for (const name of found.entities) expect(exported).toContain(name);
    const stagingHelpers = new Set(['chunkKey(', 'planKey(']);
    for (const key of found.keys) {
      if (stagingHelpers.has(key)) continue;
      expect(plainKeys.has(key) || excludedKey(key)).toBe(true);
    }
  });

  it('finds the stores of a new adapter, so one left out fails', () => {
    const found = namesIn("const ENTITY = 'kudos';\nkvs.entity<Item>(ENTITY).get(id);\nkvs.set('kudos-cursor', 1);");
    expect(found).toEqual({ entities: ['kudos'], keys: ['kudos-cursor'] });
    expect(exported).not.toContain('kudos');
  });

  it.each(STORES.filter((s) => s.index).map((s) => [s.name, s.index!] as const))('lists %s whole through an index without partition (%s)', (name, index) => {
    const declared = entities.find((e) => e.name === name)?.indexes?.find((i) => (typeof i === 'string' ? i : i.name) === index);
    expect(declared).toBeDefined();
    if (typeof declared === 'object') expect(declared.partition ?? []).toEqual([]);
  });

  it('reads every other store by its few keys', () => {
    for (const s of STORES) expect(Boolean(s.index) !== Boolean(s.keys)).toBe(true);
  });
});
