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
);
