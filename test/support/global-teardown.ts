// Jest's global teardown: deletes the run's scratch folder (see global-setup.ts).
import { rmSync } from 'node:fs';

export default (): void => {
  const dir = process.env.THROUGHLINE_TEST_RUN;
  if (dir) rmSync(dir, { recursive: true, force: true });
  delete process.env.THROUGHLINE_TEST_RUN;
};
