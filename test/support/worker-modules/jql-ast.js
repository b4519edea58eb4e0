// @atlaskit/jql-ast as the worker loaded it once (test/support/environment.ts).
module.exports = globalThis.__throughlineWorkerModules['@atlaskit/jql-ast'];
