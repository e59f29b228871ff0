import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

/** Browser tests of the admin: Debian chromium via playwright-core against the real CMS with the demo seed. */
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    env: { LAWPOINT_TEST_SEED: 'true' },
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
})
