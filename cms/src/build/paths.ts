import path from 'node:path'
import { cmsRoot } from '../lib/paths'

export const repoRoot = path.resolve(cmsRoot, '..')
export const siteRoot = path.join(repoRoot, 'site')

/** Where builds live: data/site-builds/<timestamp>/ (dist/, snapshot.json, build.log) and the `live` symlink. */
export const buildsRoot = () => path.resolve(process.env.SITE_BUILDS_DIR || path.join(repoRoot, 'data/site-builds'))
export const livePath = (root = buildsRoot()) => path.join(root, 'live')
/** How many finished builds are kept for rollback (the live one included). */
export const keepBuilds = () => Math.max(2, Number(process.env.SITE_BUILDS_KEEP) || 5)
