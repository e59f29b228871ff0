// The site's Astro config without our Pagefind integration: the "stock astro build" of npm run bench:build.
import base from '../../../site/astro.config.ts'

export default { ...base, integrations: base.integrations.filter((i) => i.name !== 'lawpoint-pagefind') }
