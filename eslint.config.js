import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The simulated host must never reach the real system: nothing under sim, shell or demo
// may import Node's I/O modules or evaluate code.
const sandboxed = {
  files: ['src/sim/**', 'src/shell/**', 'src/demo/**'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [
          'fs',
          'node:fs',
          'fs/promises',
          'node:fs/promises',
          'child_process',
          'node:child_process',
          'net',
          'node:net',
          'vm',
          'node:vm',
          'http',
          'node:http',
          'https',
          'node:https',
          'worker_threads',
          'node:worker_threads',
        ].map((name) => ({
          name,
          message: 'The simulation must not reach the real system.',
        })),
        patterns: [
          {
            group: ['react', 'ink', 'ink-*'],
            message: 'The model and the language know nothing of the UI.',
          },
        ],
      },
    ],
    'no-eval': 'error',
    'no-implied-eval': 'error',
    'no-new-func': 'error',
  },
};

// Small files, short functions, short lines (docs: ARCHITECTURE.md, "Rules the tests enforce").
// max-lines and max-lines-per-function count every line, comments and blank lines included.
const smallFiles = {
  files: ['src/**'],
  rules: {
    'max-lines': ['error', { max: 300 }],
    'max-lines-per-function': ['error', { max: 60 }],
  },
};

const shortLines = {
  files: ['src/**', 'test/**', 'bench/**', 'scripts/**'],
  rules: {
    'max-len': [
      'error',
      {
        code: 100,
        ignoreStrings: true,
        ignoreTemplateLiterals: true,
        ignoreUrls: true,
        ignoreRegExpLiterals: true,
      },
    ],
  },
};

// The message catalogues hold one entry per message, in each language; they grow with every
// key and pane, and splitting them would scatter a language over files a translator must
// then find. They may pass 300 lines (the founders' rule excepts message catalogues).
const catalogues = {
  files: ['src/ui/**/messages-en.ts', 'src/ui/**/messages-ko.ts'],
  rules: { 'max-lines': 'off' },
};

// .dependency-cruiser.cjs is CommonJS (the tool loads its config with require).
const commonJs = {
  files: ['**/*.cjs'],
  languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  sandboxed,
  smallFiles,
  shortLines,
  catalogues,
  commonJs,
);
