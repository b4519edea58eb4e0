// playwright-core as the worker loaded it once (test/support/environment.ts).
module.exports = globalThis.__throughlineWorkerModules['playwright-core'];
