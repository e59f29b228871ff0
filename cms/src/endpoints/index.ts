import type { Endpoint } from 'payload'
import { publicFileEndpoints } from './publicFiles'
import { publicIntakeEndpoints } from './publicIntake'
import { publicResultEndpoints } from './publicResults'
import { staffEndpoints } from './staff'

/** Our own HTTP endpoints under /api (public intake, exports, build control). */
export const endpoints: Endpoint[] = [...publicIntakeEndpoints, ...publicResultEndpoints, ...publicFileEndpoints, ...staffEndpoints]
