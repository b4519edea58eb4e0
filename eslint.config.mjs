// Lint rules, including the layer rules of DESIGN.md: the domain is pure, the UI imports only src/shared,
// only src/platform touches @forge/* on the backend, and the local Forge package imports nothing of the app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const forge = ['@forge/api', '@forge/kvs', '@forge/resolver', '@forge/bridge', '@forge/*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'static/dist/', '.local/', 'dev/stubs/', 'coverage/', 'bench/results/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly', __dirname: 'readonly', require: 'readonly', module: 'writable', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', Response: 'readonly', fetch: 'readonly', window: 'readonly', document: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...forge, '**/platform/**', '**/services/**', '**/resolvers/**', '**/triggers/**', 'node:*'], message: 'The domain is pure: no platform, services, resolvers or Forge.' }] }],
    },
  },
  {
    files: ['src/services/**', 'src/shared/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: [...forge, '**/resolvers/**'], message: 'Only src/platform imports @forge/*; services never call resolvers.' }] }],
    },
  },
  {
    files: ['src/resolvers/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['./*-page', './*-panel', './*-macro', './*-settings'], message: 'One resolver never calls another.' }, { group: ['@forge/api', '@forge/kvs', '@forge/bridge'], message: 'Resolvers reach Forge through src/platform.' }] }],
    },
  },
  {
    files: ['packages/local-forge/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/dev/**', '**/demo', '**/demo/**', '**/src/shared/**', '**/src/platform/**', '**/src/wiring/**', '**/src/handlers', '**/src/index', '**/static/**', '**/test/support/**', '@throughline/local-forge', '@throughline/local-forge/*'], message: 'The local Forge knows nothing of the app that uses it: the app passes what it needs as options.' }] }],
    },
  },
  {
    files: ['static/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/src/domain/**', '**/src/services/**', '**/src/platform/**', '**/src/resolvers/**', '**/src/triggers/**', '@forge/api', '@forge/kvs', '@forge/resolver'], message: 'The UI imports only src/shared and talks to the backend through @forge/bridge.' }] }],
    },
  },
);
