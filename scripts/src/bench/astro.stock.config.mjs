// The site's Astro config without our search indexing and with Astro's default build concurrency: the
// "stock astro build" of npm run bench:build (the stock pagefind CLI then indexes its output).
import base from '@lawpoint/site/astro.config'

export default {
  ...base,
  build: { ...base.build, concurrency: 1 },
  integrations: base.integrations.filter((i) => i.name !== 'lawpoint-search-index'),
}
