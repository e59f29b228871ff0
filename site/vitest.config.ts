/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config'

// Astro's Vite config, so component tests can render .astro files with the container API.
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
})
