// ESLint's flat config: the recommended sets of ESLint, typescript-eslint, and the Lit and
// web-component plugins, with browser globals for the element and its tests and Node's for tooling.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/lib/',
      'dist/',
      'site/',
      'node_modules/',
      'custom-elements.json',
      'test/fixtures/',
      'test/platforms/out/',
      // The site engines' starters, as each engine's own starter writes them.
      'test/platforms/engines/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/support/pages/**/*.js', 'test/platforms/*.js', 'demo/**/*.js'],
    ...lit.configs['flat/recommended'],
    ...wc.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
    plugins: { ...lit.configs['flat/recommended'].plugins, ...wc.configs['flat/recommended'].plugins },
    rules: { ...lit.configs['flat/recommended'].rules, ...wc.configs['flat/recommended'].rules },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'packages/check/bin/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    // Node modules whose functions run in the page (page.evaluate, executeScript).
    files: [
      'bench/browser.mjs',
      'packages/check/cli/browser-check.mjs',
      'packages/check/cli/page-probe.mjs',
      'scripts/readme-images.mjs',
      'test/unit/package.test.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser, __bench: 'readonly' } },
  },
  {
    rules: {
      // `_name` marks a parameter kept for its position; `{ omitted, ...rest }` picks the rest.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Chai's property assertions (`.to.exist`) and untyped third-party globals (TinyMCE).
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Declarations of page globals: `declare var` is how a global is declared.
    files: ['**/*.d.ts'],
    rules: { 'no-var': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
