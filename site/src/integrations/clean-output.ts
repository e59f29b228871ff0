/**
 * With an outDir outside the project (the CMS publishing pipeline builds into its releases folder),
 * Astro 5 leaves its own `.astro` files in the output: content-assets.mjs, content-modules.mjs and the
 * collections' JSON schemas. They are not part of the site; remove them before anything is indexed or
 * published.
 */
import type { AstroIntegration } from 'astro'
import { existsSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const strayFiles = ['content-assets.mjs', 'content-modules.mjs', 'data-store.json', 'types.d.ts', 'content.d.ts', 'settings.json']

export function removeAstroInternals(dir: string): string[] {
  const removed: string[] = []
  for (const f of strayFiles) {
    if (existsSync(join(dir, f))) {
      rmSync(join(dir, f))
      removed.push(f)
    }
  }
  const collections = join(dir, 'collections')
  if (existsSync(collections) && readdirSync(collections).every((f) => f.endsWith('.schema.json'))) {
    rmSync(collections, { recursive: true })
    removed.push('collections/')
  }
  return removed
}

export default function cleanOutput(): AstroIntegration {
  return {
    name: 'lawpoint-clean-output',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const removed = removeAstroInternals(fileURLToPath(dir))
        if (removed.length) logger.info(`removed Astro internals from the output: ${removed.join(', ')}`)
      },
    },
  }
}
