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

// TEMPORARY — delete this object and its use below once the other issue 11 branches are
// merged (they split src/ui into wings, src/shell into a runtime, src/cli/main.ts and
// src/sim/actions/new-container.ts into smaller functions, and reflow src/sim's comments).
// Each rule is off for exactly the files that break it today, and for no other file.
const KNOWN_UNTIL_ISSUE_11_MERGE = {
  'max-lines': [
    'src/shell/binder.ts',
    'src/shell/cmdlets/container-cmdlets.ts',
    'src/shell/cmdlets/object-cmdlets.ts',
    'src/shell/docker/docker-command.ts',
    'src/shell/format/error-templates.ts',
    'src/shell/format/views.ts',
    'src/shell/syntax/lexer.ts',
    'src/shell/syntax/parse-expressions.ts',
    'src/shell/syntax/parse-statements.ts',
    'src/ui/process-list.ts',
  ],
  'max-lines-per-function': [
    'src/cli/main.ts',
    'src/shell/binder.ts',
    'src/shell/cmdlets/object-cmdlets.ts',
    'src/shell/docker/docker-command.ts',
    'src/shell/format/error-record.ts',
    'src/shell/syntax/lexer.ts',
    'src/shell/syntax/scan-number.ts',
    'src/sim/actions/new-container.ts',
    'src/ui/completion.ts',
    'src/ui/components/confirm-remove.tsx',
    'src/ui/components/containers-pane.tsx',
    'src/ui/components/new-container-form.tsx',
    'src/ui/components/process-pane.tsx',
    'src/ui/key-dispatch.ts',
    'src/ui/process-list.ts',
    'src/ui/run-dashboard.tsx',
    'src/ui/ui-store.ts',
  ],
  'max-len': [
    'src/shell/ast.ts',
    'src/shell/binder.ts',
    'src/shell/cmdlets/object-cmdlets.ts',
    'src/shell/evaluator/evaluate.ts',
    'src/shell/format/error-record.ts',
    'src/shell/format/error-templates.ts',
    'src/shell/format/views.ts',
    'src/shell/shell.ts',
    'src/shell/syntax/lexer.ts',
    'src/shell/syntax/parser-state.ts',
    'src/shell/syntax/scan-number.ts',
    'src/shell/syntax/scan-variable.ts',
    'src/shell/syntax/scanner.ts',
    'src/shell/syntax/tokens.ts',
    // src/sim: comments that the docs/ citations made longer (src/sim is being edited on
    // another branch; reflow them after it merges).
    'src/sim/actions/enter-session.ts',
    'src/sim/actions/set-runtime-type.ts',
    'src/sim/container-processes.ts',
    'src/sim/counters.ts',
    'src/sim/process-set.ts',
    'src/sim/queries.ts',
    'src/sim/types.ts',
    'src/sim/views.ts',
    'src/ui/container-rows.ts',
    'src/ui/output/frame-diff.ts',
    'src/ui/rows.ts',
    'src/ui/text-width.ts',
    'src/ui/ui-state.ts',
    'src/ui/ui-store.ts',
    'test/e2e/dashboard.e2e.test.ts',
    'test/shell/format/error-record.test.ts',
    'test/shell/format/views.test.ts',
    'test/shell/shell-binding.test.ts',
  ],
};
const knownUntilIssue11Merge = Object.entries(KNOWN_UNTIL_ISSUE_11_MERGE).map(([rule, files]) => ({
  files,
  rules: { [rule]: 'off' },
}));

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
  ...knownUntilIssue11Merge,
);
