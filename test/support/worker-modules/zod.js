// zod as the worker loaded it once (test/support/environment.ts).
module.exports = globalThis.__throughlineWorkerModules['zod'];
