/**
 * The site's Pagefind index, built during `astro build` (see indexer.ts). Chinese needs the extended binary,
 * which the npm package ships; the language is forced since every page is zh-CN.
 * PAGEFIND_WORKERS sets how many shards are written at once (lib/env.ts).
 */
import type { AstroIntegration } from 'astro'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { env } from '../../lib/env'
import { setPageSink } from '../../lib/search/page-sink'
import { writeSynonymsJson } from '../../lib/search/emit'
import { loadSnapshot } from '../../lib/snapshot-source'
import { StreamingIndexer } from './indexer'

export default function searchIndex(): AstroIntegration {
  let root = ''
  let outDir = ''
  let indexer: StreamingIndexer | undefined
  let started = 0
  return {
    name: 'lawpoint-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root)
        outDir = fileURLToPath(config.outDir)
      },
      'astro:build:start': () => {
        started = Date.now()
        indexer = new StreamingIndexer(outDir, env.PREVIOUS_DIST ?? '', join(root, 'src/integrations/search-index/worker.mjs'), env.PAGEFIND_WORKERS)
        setPageSink(indexer)
      },
      'astro:build:done': async ({ dir, logger }) => {
        setPageSink(undefined)
        if (!indexer) return
        const site = fileURLToPath(dir)
        const waitFrom = Date.now()
        const { pages, bundles, reused } = await indexer.done()
        // The search page fetches the editors' synonym list from the built site.
        await writeSynonymsJson(site, (await loadSnapshot()).synonyms)
        const shardNote = bundles > 1 ? ` in ${bundles} bundles (${reused} shards unchanged, linked)` : ''
        logger.info(`indexed ${pages} pages${shardNote}; ${Date.now() - waitFrom} ms after the last page (${Date.now() - started} ms since the build started)`)
      },
    },
  }
}
