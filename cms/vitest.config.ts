import { defineConfig } from 'vitest/config'
import tsconfigPaths from 'vite-tsconfig-paths'

/**
 * Integration tests on the real Payload: Local API and HTTP against a throwaway database made by
 * test/globalSetup.ts (SQLite file by default; PostgreSQL when TEST_DATABASE_URL points at a server).
 */
export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
    pool: 'forks',
  },
})
