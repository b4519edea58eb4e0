// Every write use case with storage failing at each of its steps (see fault-sweep.ts for what is asserted).
import { sweep, type Injector } from './fault-sweep';
import { WRITE_CASES } from './write-cases';

const storage: Injector = {
  count: (t) => t.forge.kvs.log.entries().length,
  fail: (t, step) => t.forge.kvs.setFaults({ errorAt: step, errorStatus: 503 }),
  clear: (t) => t.forge.kvs.setFaults({}),
};

describe.each(WRITE_CASES.map((c) => [c.name, c] as const))('%s, with storage failing at each step', (_name, c) => {
  it('completes, or changes nothing, or leaves what the reconcile repairs, answering a code the user can act on', async () => {
    const { steps, outcomes } = await sweep(c, storage);
    expect(steps).toBeGreaterThan(0);
    // The sweep reached the commit: at least one step's failure was refused (else nothing was tested).
    expect(outcomes.some((o) => o !== 'ok')).toBe(true);
  });
});
