// The grouping runner may change how test files are run, never which: every file of the run is run exactly once,
// either alone or required by exactly one group file, and the groups run heaviest first.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface FakeTest {
  path: string;
  duration?: number;
  context: { config: { displayName: { name: string }; rootDir: string; cacheDirectory: string }; hasteFS: { getSize: (p: string) => number } };
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { grouped } = require('./grouping-runner') as { grouped: (tests: FakeTest[]) => FakeTest[] };

const ROOT = '/repo';
let cache: string;
beforeAll(() => {
  cache = mkdtempSync(path.join(tmpdir(), 'grouping-'));
});
afterAll(() => rmSync(cache, { recursive: true, force: true }));

/** A run's tests: `count` files of each layer, of sizes that vary. */
const run = (layers: Record<string, number>): FakeTest[] =>
  Object.entries(layers).flatMap(([layer, count]) =>
    Array.from({ length: count }, (_, i) => {
      const size = 1024 * (1 + ((i * 7) % 19));
      return {
        path: `${ROOT}/test/${layer}/file-${i}.test.ts`,
        context: { config: { displayName: { name: layer }, rootDir: ROOT, cacheDirectory: cache }, hasteFS: { getSize: () => size } },
      };
    }),
  );

/** The files each test of the grouped run runs: its members when it is a group file, else itself. */
const filesRun = (tests: FakeTest[]): string[] =>
  tests.flatMap((t) =>
    t.path.endsWith('.group.js') ? [...readFileSync(t.path, 'utf8').matchAll(/require\(("[^"]+")\)/g)].map((m) => JSON.parse(m[1]!) as string) : [t.path],
  );

describe('the grouping runner', () => {
  it('runs every file of the run exactly once, the three layers alike', () => {
    const tests = run({ unit: 97, int: 87, e2e: 32 });
    const out = grouped(tests);
    expect(out.length).toBeLessThan(tests.length);
    expect(filesRun(out).sort()).toEqual(tests.map((t) => t.path).sort());
  });

  it('keeps each group to one layer, with the layer’s settings', () => {
    const out = grouped(run({ unit: 40, int: 40 }));
    for (const t of out) {
      const layer = t.context.config.displayName.name;
      for (const file of filesRun([t])) expect(file).toContain(`/test/${layer}/`);
    }
  });

  it('names each member’s tests after its path, so `-t` and a failure say which file', () => {
    const [group] = grouped(run({ int: 5 })).filter((t) => t.path.endsWith('.group.js'));
    expect(readFileSync(group!.path, 'utf8')).toContain('describe("test/int/file-0.test.ts", () => {');
  });

  it('hands the heaviest first', () => {
    const out = grouped(run({ unit: 60, int: 60, e2e: 20 }));
    const weights = out.map((t) => t.duration ?? 0);
    expect(weights).toEqual([...weights].sort((a, b) => b - a));
  });

  it('runs a file alone as itself, and gives the same groups for the same run', () => {
    const one = run({ int: 1 });
    expect(grouped(one).map((t) => t.path)).toEqual([one[0]!.path]);
    const tests = run({ int: 30 });
    expect(grouped(tests).map((t) => t.path)).toEqual(grouped(tests).map((t) => t.path));
  });
});
