import path from 'node:path'
import { cmsRoot } from '../lib/paths'

/** shared/ beside the repository: the district plan and the law texts. */
export const sharedDir = process.env.SHARED_DIR ?? path.resolve(cmsRoot, '../../shared')
