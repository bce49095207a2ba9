import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests. Browser tests live in tests/e2e (vitest.e2e.config.ts).
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    environment: 'node',
    // No unit test may fail for a busy machine: tests check results, never speed
    // (speed is measured in benchmarks). A test that hangs still fails, after two minutes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
