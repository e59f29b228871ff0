/**
 * Writes the uploads the pages show into the build's /media/ (lib/media/). Pages prepare them while they render;
 * a build whose pages were all linked from the previous build (nothing rendered) prepares them here.
 */
import type { AstroIntegration } from 'astro'
import { fileURLToPath } from 'node:url'
import { mediaAssets } from '../lib/media'

export default function media(): AstroIntegration {
  return {
    name: 'lawpoint-media',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now()
        const { store } = await mediaAssets()
        const n = store.writeTo(fileURLToPath(dir))
        logger.info(`${n} 个媒体文件（${Date.now() - started} ms）`)
      },
    },
  }
}
