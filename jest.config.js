// Jest runs TypeScript through SWC (fast on two cores); type checking is `npm run typecheck`.
// Three layers, each a project: `npm run test:unit` (pure code, no build, no emulators: seconds),
// `test:int` (the emulators, the manifest and the real resolvers on the local Forge), `test:e2e` (the built
// Custom UI in headless Chromium). `npm test` runs all three in one run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { availableParallelism } = require('node:os');
const transform = {
  '^.+\\.(t|j)sx?$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};
// The local Forge is a workspace package (packages/local-forge); its imports resolve to its sources, as
// tsconfig.json's `paths` do for tsc and tsx.
const moduleNameMapper = {
  '^@throughline/local-forge$': '<rootDir>/packages/local-forge/src/index.ts',
  '^@throughline/local-forge/(jira|kvs)$': '<rootDir>/packages/local-forge/src/$1/index.ts',
};
const common = {
  testEnvironment: 'node',
  // Jest's runtime with V8's code cache kept per worker (test/support/runtime.js).
  runtime: '<rootDir>/test/support/runtime.js',
  // Test files run in groups, one module registry each (test/support/grouping-runner.js), which also orders them.
  // Every project names the same runner, so Jest keeps one runner and one pool of workers for the three layers.
  runner: '<rootDir>/test/support/grouping-runner.js',
  transform,
  moduleNameMapper,
  transformIgnorePatterns: ['/node_modules/(?!(@atlaskit|@babel/runtime)/)'],
};
const LOCAL_FORGE = '<rootDir>/packages/local-forge';
// The integration and end-to-end files load a few stateless libraries once per worker instead of once per file
// (test/support/environment.ts): that environment, and their imports sent to where it keeps them.
const sharing = (...names) => ({
  testEnvironment: '<rootDir>/test/support/environment.ts',
  moduleNameMapper: {
    ...moduleNameMapper,
    ...Object.fromEntries(names.map((n) => [`^${n}$`, `<rootDir>/test/support/worker-modules/${n.split('/').pop()}.js`])),
  },
});

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  // Three workers for two cores: a browser file's worker often waits on Chromium, and a third file fills those waits
  // (on this 2-core machine, 163–167 s against 171–174 s with one worker per core, the cores 99% busy instead of 94%).
  // (A number: Jest reads '150%' as 150 workers.)
  maxWorkers: Math.max(1, Math.floor(availableParallelism() * 1.5)),
  // One scratch folder per run, where the demo is seeded once for every file (test/support/seeded-demo.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    {
      ...common,
      ...sharing('zod', 'yaml'),
      displayName: 'unit',
      roots: ['<rootDir>/src', '<rootDir>/static', '<rootDir>/dev', '<rootDir>/test/demo', '<rootDir>/test/support', `${LOCAL_FORGE}/src`],
      testMatch: ['**/*.test.ts', '**/*.test.tsx'],
      testPathIgnorePatterns: ['/node_modules/', '/static/dist/'],
    },
    {
      ...common,
      ...sharing('@atlaskit/jql-ast', 'zod', 'yaml'),
      displayName: 'int',
      roots: ['<rootDir>/test/integration', '<rootDir>/test/fuzz', '<rootDir>/test/manifest', `${LOCAL_FORGE}/test`],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...common,
      ...sharing('@atlaskit/jql-ast', 'playwright-core', 'zod', 'yaml'),
      displayName: 'e2e',
      roots: ['<rootDir>/test/e2e'],
      testMatch: ['**/*.test.ts'],
      // One Chromium for every file of the run (test/e2e/support/global-setup.ts).
      globalSetup: '<rootDir>/test/e2e/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/support/global-teardown.ts',
    },
  ],
};
