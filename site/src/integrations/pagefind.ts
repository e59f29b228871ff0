/**
 * Indexes the built pages with Pagefind's Node API after `astro build`. Chinese needs the extended
 * binary, which the npm package ships; the language is forced since every page is zh-CN.
 */
import type { AstroIntegration } from 'astro'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import * as pagefind from 'pagefind'

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
        logger.info(`indexed ${added.page_count} pages in ${Date.now() - started} ms`)
      },
    },
  }
}
