// Lint rules. The layer rules of DESIGN.md are an allow-list checked by dependency-cruiser
// (.dependency-cruiser.cjs, `npm run lint:layers`, part of `npm run lint`), not deny-lists here; the one rule below keeps the
// local Forge package (packages/local-forge) free of the app.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'static/dist/', '.local/', 'dev/stubs/', 'coverage/', 'bench/results/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
        Response: 'readonly',
        fetch: 'readonly',
        window: 'readonly',
        document: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['packages/local-forge/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '**/dev/**',
                '**/demo',
                '**/demo/**',
                '**/src/shared/**',
                '**/src/platform/**',
                '**/src/wiring/**',
                '**/src/handlers',
                '**/src/index',
                '**/static/**',
                '**/test/support/**',
                '@throughline/local-forge',
                '@throughline/local-forge/*',
              ],
              message: 'The local Forge knows nothing of the app that uses it: the app passes what it needs as options.',
            },
          ],
        },
      ],
    },
  },
);
