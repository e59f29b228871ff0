import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** cms/ — every relative default below is resolved from here, whatever the working directory. */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const mediaDir = process.env.MEDIA_DIR ?? path.join(cmsRoot, 'media')
