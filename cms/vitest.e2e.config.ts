import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

// Read by test/globalSetup.ts, which runs in this process: seed the throwaway database.
process.env.LAWPOINT_TEST_SEED = 'true'

/** Browser tests of the admin: Debian chromium via playwright-core against the real CMS with the demo seed. */
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['e2e/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
})
