import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** cms/ — every relative default below is resolved from here, whatever the working directory. */
export const cmsRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
/** The repository root: relative paths in settings are taken from here. */
export const repoRoot = path.resolve(cmsRoot, '..')
export const siteRoot = path.join(repoRoot, 'site')
