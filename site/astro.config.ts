import { defineConfig } from 'astro/config'
import tailwind from '@astrojs/tailwind'
import sitemap from '@astrojs/sitemap'
import searchIndex from './src/integrations/search-index'
import cleanOutput from './src/integrations/clean-output'
import incremental from './src/integrations/incremental'
import cspHeader from './src/integrations/csp-header'
import media from './src/integrations/media'
import { env } from './src/lib/env'

// Pages that only make sense as the target of a form redirect stay out of the sitemap.
const unlisted = ['/opinions/status/', '/lectures/cancel/', '/404', '/poster/']

export default defineConfig({
  site: env.SITE_URL,
  trailingSlash: 'ignore',
  // Tests build into temp dirs concurrently: keep each build's output and content cache apart.
  outDir: env.OUT_DIR,
  cacheDir: env.ASTRO_CACHE_DIR,
  // Four pages in flight: while one waits for its file to be written, the next renders (10,000 pages: 18.8 s → 15.4 s).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  devToolbar: { enabled: false },
  prefetch: false,
  // Every bundled script stays a file under /_astro/ (allowed as 'self' by the Content-Security-Policy): Astro
  // would otherwise inline scripts under 4 kB as <script type="module">…</script>, which the policy does not
  // allow (lib/csp.ts allows only the inline scripts of lib/inline-scripts.ts, by hash). Other assets: Vite's default.
  vite: { build: { assetsInlineLimit: (file: string) => (/\.m?js$/.test(file) ? false : undefined) } },
  integrations: [
    tailwind({ applyBaseStyles: false }),
    // build:done hooks run in order: clean Astro's internals out, write the CSP header file (_lawpoint/csp.txt),
    // link unchanged pages (and write the sitemap of all pages), then finish the search index (which reads
    // pages while they render).
    cleanOutput(),
    cspHeader(),
    // The uploads' files (/media/<hash>.<ext>), before the incremental integration lists the build's pages.
    media(),
    incremental({ sitemap: sitemap({ filter: (page) => !unlisted.some((u) => page.includes(u)) }) }),
    searchIndex(),
  ],
})
