import path from 'node:path'
import { cmsRoot, repoRoot } from '../lib/paths'

/** The law texts the product ships (laws/ at the repository root; its README says where they come from). */
export const lawsDir = path.join(repoRoot, 'laws')
/** The district plan that started the project, published as the first news item. */
export const districtPlanFile = path.join(cmsRoot, 'src/seed/data/district-plan.txt')
