// ESLint flat config: correctness only; formatting belongs to Prettier.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.vscode-test/**',
      'test-results/**',
      'bench/out/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'smart'],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // The analysis core stays pure: no editor, no LSP connection, no I/O, so the CLI, tests and
    // benchmarks can run it directly.
    files: ['server/src/analysis/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vscode', 'vscode-languageserver', 'vscode-languageserver/*'],
              message: 'The analysis core must not depend on the editor or LSP.',
            },
            {
              group: ['node:*', 'fs', 'path', 'child_process', 'http', 'https', 'net'],
              message: 'The analysis core does no I/O.',
            },
            {
              group: ['../lsp/*', '../../lsp/*', '../cli', '../../cli'],
              message: 'The core does not reach into its callers.',
            },
          ],
        },
      ],
    },
  },
  {
    // stdout is the LSP channel: the server must log through the connection.
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/cli.ts', 'server/src/cli/**'],
    rules: { 'no-console': 'error' },
  },
  {
    files: ['webview/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../server/src/lsp/*', '../../server/src/cli'],
              message: 'The client talks to the server over LSP only.',
            },
          ],
        },
      ],
    },
  },
);
