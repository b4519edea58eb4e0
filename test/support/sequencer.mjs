// Longest first, so neither of the two workers is left running one long file at the end of the run. Jest's own
// sequencer does that only with timings from an earlier run in its cache; a clean clone (CI) has none, and then it
// orders by file size, which puts short, long-worded unit files before the browser files. Here a file without a
// timing gets an estimate by layer (a browser file takes tens of seconds, an integration file a few, a unit file
// about one), scaled by its size within the layer; files with a timing keep it. Failed files still go first.
import TestSequencer from '@jest/test-sequencer';

const Sequencer = TestSequencer.default ?? TestSequencer;

const ESTIMATE_MS_PER_KB = { e2e: 2500, int: 400, unit: 60 };

class LongestFirst extends Sequencer {
  sort(tests) {
    const estimate = (test) => {
      const layer = test.context.config.displayName?.name ?? 'unit';
      const kb = (test.context.hasteFS.getSize(test.path) ?? 0) / 1024;
      return (ESTIMATE_MS_PER_KB[layer] ?? ESTIMATE_MS_PER_KB.unit) * Math.max(kb, 1);
    };
    const weighed = tests.map((test) => ({ test, failed: this.hasFailed(test), ms: this.time(test) ?? estimate(test) }));
    weighed.sort((a, b) => (a.failed !== b.failed ? (a.failed ? -1 : 1) : b.ms - a.ms));
    return weighed.map((w) => w.test);
  }
}

export default LongestFirst;
