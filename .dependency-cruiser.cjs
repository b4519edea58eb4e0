// The layers of DESIGN.md as an allow-list: a dependency of src/ or static/ that no rule below allows fails
// `npm run lint:layers` (and so `npm run lint`). Proved rule by rule in dev/tools/layers.test.ts.
const test = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  allowedSeverity: 'error',
  allowed: [
    {
      comment: 'shared: zod and itself',
      from: { path: '^src/shared/' },
      to: { path: ['^src/shared/', '(^|/)node_modules/zod/'] },
    },
    {
      comment: 'domain: shared and itself',
      from: { path: '^src/domain/' },
      to: { path: ['^src/domain/', '^src/shared/'] },
    },
    {
      comment: 'services: domain, shared and themselves (each service area declares its ports in src/services/ports/)',
      from: { path: '^src/services/' },
      to: { path: ['^src/services/', '^src/domain/', '^src/shared/'] },
    },
    {
      comment: 'platform: the ports it implements (types only), domain, shared, itself, @forge/*, node built-ins and the libraries it uses',
      from: { path: '^src/platform/' },
      to: { path: ['^src/platform/', '^src/domain/', '^src/shared/', '(^|/)node_modules/(@forge/|zod/|@atlaskit/jql-ast/)'] },
    },
    {
      comment: 'platform: the ports of the services, types only',
      from: { path: '^src/platform/' },
      to: { path: '^src/services/ports/', dependencyTypes: ['type-only'] },
    },
    {
      comment: 'platform: node built-ins',
      from: { path: '^src/platform/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      comment: 'wiring: anything in src',
      from: { path: '^src/wiring/' },
      to: { path: '^src/' },
    },
    {
      comment: 'resolvers and triggers: services, shared, wiring',
      from: { path: '^src/(resolvers|triggers)/' },
      to: { path: ['^src/services/', '^src/shared/', '^src/wiring/'] },
    },
    {
      comment: 'resolvers: zod, the language of the payloads they parse (define.ts is the edge that parses)',
      from: { path: '^src/resolvers/' },
      to: { path: '(^|/)node_modules/zod/' },
    },
    {
      comment: 'triggers: within their own folder',
      from: { path: '^src/triggers/' },
      to: { path: '^src/triggers/' },
    },
    {
      comment: 'resolvers: every surface uses the one edge (define.ts); the global page composes its own helper files; no resolver imports another',
      from: { path: '^src/resolvers/' },
      to: { path: '^src/resolvers/define\\.ts$' },
    },
    {
      comment: 'resolvers: the global page composes its helper files',
      from: { path: '^src/resolvers/global-page\\.ts$' },
      to: { path: '^src/resolvers/global-page-[^/]+\\.ts$' },
    },
    {
      comment: 'entry and composition: src/index.ts and src/handlers.ts may import anything in src',
      from: { path: '^src/(index|handlers)\\.ts$' },
      to: { path: '^src/' },
    },
    {
      comment: 'static: src/shared, @forge/bridge, UI libraries, zod (the contract speaks it), and itself',
      from: { path: '^static/', pathNot: '^static/build\\.mts$' },
      to: { path: ['^static/', '^src/shared/', '(^|/)node_modules/(@forge/bridge|react|react-dom|@atlaskit|zod)/'] },
    },
    {
      comment: 'static/build.mts is the UI build script, not UI: vite and node built-ins',
      from: { path: '^static/build\\.mts$' },
      to: { path: '(^|/)node_modules/vite/' },
    },
    {
      comment: 'static/build.mts: node built-ins',
      from: { path: '^static/build\\.mts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      comment: 'test files beside the code may import the test builders and fast-check (generated inputs)',
      from: { path: test },
      to: { path: ['^test/builders/', '(^|/)node_modules/fast-check/'] },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules', '^(dev|test|bench)/'] },
    exclude: { path: '^static/dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.mts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
