// The demo organisation seeded once per test run, not once per test file: the first file to need a day seeds it
// and writes what seeding stored into the run's folder (THROUGHLINE_TEST_RUN, made by test/support/global-setup.ts
// before the run and deleted after it); every other file, in any worker, starts from that. The folder lives for
// one run only, so nothing seeded by older code is ever read. Without it (a run without the global setup) each
// file seeds for itself.
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { seedDemo, type SeededDemo } from '../../dev/throughline-host';

const inThisFile = new Map<string, Promise<SeededDemo>>();

const load = async (today: string): Promise<SeededDemo> => {
  const dir = process.env.THROUGHLINE_TEST_RUN;
  const file = dir && path.join(dir, `demo-${today}.v8`);
  if (file && existsSync(file)) return deserialize(readFileSync(file)) as SeededDemo;
  const seeded = await seedDemo(today);
  if (file) {
    // Two workers may seed the same day at once: each writes its own file and renames it into place, so a
    // reader only ever sees a whole snapshot (and both snapshots are the same).
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, serialize(seeded));
    renameSync(tmp, file);
  }
  return seeded;
};

/** What seeding the demo on `today` stored; callers copy what they change (createLocalForge copies the snapshot). */
export const seededDemo = (today: string): Promise<SeededDemo> => {
  let p = inThisFile.get(today);
  if (!p) {
    p = load(today);
    inThisFile.set(today, p);
  }
  return p;
};
