import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
    // pty end-to-end tests spawn real processes; two cores only.
    maxWorkers: 2,
    // CI runs with CI=true, which makes Ink draw only its last frame (is-in-ci); the tests
    // mount the dashboard as a user's terminal would have it.
    env: { CI: 'false' },
  },
});
