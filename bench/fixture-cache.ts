// The enterprise on the local Forge, built once per scale and kept on disk (bench/results/fixtures/, git-ignored):
// building the 10× fixture and writing its storage through the app takes about 15 minutes here; loading it, under
// two. The file is named for the scale and a hash of everything that shapes it (the fixture, the seeding and the
// app's code that writes storage while it is built), so a change to any of them builds it anew. `--fresh-fixture` always rebuilds.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LocalForge } from '@throughline/local-forge';
import type { JiraSeed } from '@throughline/local-forge/jira';
import type { KvsSnapshot } from '@throughline/local-forge/kvs';
import { createLocalForge } from '../dev/throughline-host';
import type { Enterprise } from './fixture';
import { seedRollups } from './seed-rollups';

const ROOT = path.resolve(__dirname, '..');
const DIR = path.join(__dirname, 'results', 'fixtures');
const SHAPES = ['src', 'dev', 'bench/fixture.ts', 'bench/seed-rollups.ts', 'manifest.yml'];
/** Code that reads the fixture but never writes it while it is built: the scheduled jobs do not run then, nor does
 * export or import (run only by the scenarios). A folder, or one file. */
const READERS_ONLY = [
  'src/services/rollup',
  'src/triggers',
  'src/resolvers',
  'src/services/data-transfer',
  'src/domain/data-transfer',
  'src/services/ports/data-transfer.ts',
  'src/platform/storage/import-staging.ts',
  'src/platform/storage/data-store.ts',
  'src/shared/api/data-transfer.ts',
  'src/shared/model/data-transfer.ts',
  'src/wiring/data-transfer.ts',
];

const files = (p: string): string[] =>
  statSync(p).isDirectory()
    ? readdirSync(p)
        .sort()
        .flatMap((f) => files(path.join(p, f)))
    : /\.test\.tsx?$/.test(p)
      ? []
      : [p];

const fingerprint = (): string => {
  const h = createHash('sha1');
  const shaping = SHAPES.flatMap((s) => files(path.join(ROOT, s))).filter(
    (f) => !READERS_ONLY.some((r) => path.relative(ROOT, f) === r || path.relative(ROOT, f).startsWith(`${r}/`)),
  );
  for (const f of shaping) h.update(path.relative(ROOT, f)).update(readFileSync(f));
  return h.digest('hex').slice(0, 12);
};

interface Stored {
  jira: JiraSeed;
  kvs: KvsSnapshot;
  epics: number;
}

export interface Fixture {
  forge: LocalForge;
  /** Epic roll-ups seeded. */
  epics: number;
  /** Where it came from: built now, or read from this file. */
  from: 'built' | string;
}

export const enterpriseForge = async (enterprise: Enterprise, scale: number, opts: { fresh: boolean; cache: boolean }): Promise<Fixture> => {
  const file = path.join(DIR, `x${scale}-${fingerprint()}.bin`);
  if (opts.cache && !opts.fresh && existsSync(file)) {
    const stored = deserialize(readFileSync(file)) as Stored;
    const forge = await createLocalForge({ seed: stored.jira, kvsSnapshot: stored.kvs, strategy: enterprise.strategy, runScheduledAtStart: false });
    return { forge, epics: stored.epics, from: path.relative(process.cwd(), file) };
  }
  const forge = await createLocalForge({ seed: enterprise.jira, strategy: enterprise.strategy, runScheduledAtStart: false });
  const epics = await seedRollups(forge.jira.state, new Date().toISOString());
  if (opts.cache) {
    mkdirSync(DIR, { recursive: true });
    // One file per scale: older fingerprints are stale.
    for (const f of readdirSync(DIR)) if (f.startsWith(`x${scale}-`)) unlinkSync(path.join(DIR, f));
    writeFileSync(file, serialize({ jira: forge.jira.state, kvs: forge.kvs.snapshot(), epics } satisfies Stored));
  }
  return { forge, epics, from: 'built' };
};
