// Ends a jest run with one plain line, "N passed, N failed, N skipped", that CI tooling reads, and the time each
// layer's files took, added up (worker time, not wall time: the layers run side by side on every core).
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const byLayer = new Map();
    for (const r of results.testResults) {
      const layer = r.displayName?.name ?? 'tests';
      const ms = r.perfStats ? r.perfStats.end - r.perfStats.start : 0;
      byLayer.set(layer, (byLayer.get(layer) ?? 0) + ms);
    }
    const layers = [...byLayer].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
    process.stdout.write(`\n${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
    if (layers) process.stdout.write(`file time by layer (summed over workers): ${layers}\n`);
  }
}
module.exports = SummaryReporter;
