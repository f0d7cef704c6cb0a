import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the production build. Two files at a time: each launches
// its own Chromium and opens a fresh context per test, and all share one preview server, which
// only serves files; while one waits on a page (or on the base-path test's own build), the other
// runs.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // expect.poll waits for the state that matters: on a loaded machine a page can take longer than
    // Vitest's default second to get there (a ?data= file fetched and read, a lazy chunk loaded)
    expect: { poll: { timeout: 15_000 } },
  },
});
