// Lint: typescript-eslint's recommended rules plus the process-boundary rules of the architecture.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises', 'child_process', 'node:child_process', 'path', 'node:path', 'os', 'node:os', 'http', 'node:http'];

export default tseslint.config(
  { ignores: ['.docent-tmp/**', '.tmp-*', 'out/**', 'dist/**', 'node_modules/**', 'bench/node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/renderer/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', ...nodeBuiltins], patterns: ['**/host/**', '**/main/**', '**/cli/**'] }],
    },
  },
  {
    // Core is pure: text in, data out. Like Leaflet's geometry, it must load in any JavaScript runtime.
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron', ...nodeBuiltins], patterns: ['**/host/**', '**/main/**', '**/renderer/**', '**/cli/**', '**/preload/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require'],
    },
  },
  {
    files: ['src/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: nodeBuiltins, patterns: ['**/host/**', '**/renderer/**', '**/cli/**'] }] },
  },
);
