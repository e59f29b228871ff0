import type { Endpoint } from 'payload'
import { checkInEndpoints } from './checkIn'
import { reportEndpoints } from './reports'

/** Staff-only answers under /api/staff: downloads and check-in. */
export const staffEndpoints: Endpoint[] = [...reportEndpoints, ...checkInEndpoints]
