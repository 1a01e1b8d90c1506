import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'client/**/*.test.ts', 'evals/**/*.test.ts', 'avatars/**/*.test.ts'],
    // Trains the models a test server loads once, before any test file (server/test/support/warm_model_caches.ts).
    globalSetup: ['server/test/support/warm_model_caches.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: true,
    maxWorkers: 2,
  },
});
