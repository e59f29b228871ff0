import path from 'node:path'
import { env } from '../env'

export { repoRoot, siteRoot } from '../lib/paths'

/** Where builds live: data/site-builds/<timestamp>/ (dist/, snapshot.json, build.log) and the `live` symlink. */
export const buildsRoot = () => env.SITE_BUILDS_DIR
export const livePath = (root = buildsRoot()) => path.join(root, 'live')
/** How many finished builds are kept for rollback (the live one included). */
export const keepBuilds = () => env.SITE_BUILDS_KEEP
