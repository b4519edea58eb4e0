// Jest's global setup: one scratch folder for this run (THROUGHLINE_TEST_RUN), where the first test file to seed
// the demo leaves it for the others (test/support/seeded-demo.ts). Workers start after this, so they inherit it;
// global-teardown.ts deletes it, so nothing in it outlives the run (or the code that wrote it).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default (): void => {
  process.env.THROUGHLINE_TEST_RUN = mkdtempSync(path.join(tmpdir(), 'throughline-test-run-'));
};
