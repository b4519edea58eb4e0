// Every write use case with Jira going down at each of its steps: from that call on, Jira answers 500 (see
// fault-sweep.ts for what is asserted). Writes that make no Jira call are listed, so a new Jira step is noticed.
import { sweep, type Injector } from './fault-sweep';
import { WRITE_CASES } from './write-cases';

const jira: Injector = {
  count: (t) => t.forge.jira.log.count(),
  fail: (t, step) => t.forge.jira.setFaults({ downFrom: step }),
  clear: (t) => t.forge.jira.setFaults({}),
};

describe.each(WRITE_CASES.map((c) => [c.name, c] as const))('%s, with Jira going down at each step', (_name, c) => {
  it('completes, or changes nothing, or leaves what the reconcile repairs, answering a code the user can act on', async () => {
    const { steps, outcomes } = await sweep(c, jira);
    expect({ steps, outcomes: outcomes.length }).toEqual({ steps, outcomes: steps });
    if (steps > 0) expect(outcomes.some((o) => o !== 'ok')).toBe(true);
  });
});
