/**
 * Indexes the built pages with Pagefind's Node API after `astro build`. Chinese needs the extended
 * binary, which the npm package ships; the language is forced since every page is zh-CN.
 */
import type { AstroIntegration } from 'astro'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import * as pagefind from 'pagefind'
import { writeSynonymsJson } from '../lib/search/emit'
import { loadSnapshot } from '../lib/snapshot-source'

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'lawpoint-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const started = Date.now()
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
        const added = await index.addDirectory({ path: site })
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') })
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
        await pagefind.close()
        // The search page fetches the editors' synonym list from the built site.
        await writeSynonymsJson(site, (await loadSnapshot()).synonyms)
        logger.info(`indexed ${added.page_count} pages in ${Date.now() - started} ms`)
      },
    },
  }
}
