// ESLint's flat config: the recommended sets of ESLint, typescript-eslint, and the Lit and
// web-component plugins, with browser globals for the element and its tests and Node's for tooling.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['lib/', 'dist/', 'node_modules/', 'custom-elements.json', 'test/fixtures/', '.bench/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'test/pages/**/*.js', 'demo/**/*.js'],
    ...lit.configs['flat/recommended'],
    ...wc.configs['flat/recommended'],
    languageOptions: { globals: globals.browser },
    plugins: { ...lit.configs['flat/recommended'].plugins, ...wc.configs['flat/recommended'].plugins },
    rules: { ...lit.configs['flat/recommended'].rules, ...wc.configs['flat/recommended'].rules },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'bin/**/*.js'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      // `_name` marks a parameter kept for its position.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
