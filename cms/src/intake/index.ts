import type { Endpoint } from 'payload'
import { publicIntakeEndpoints } from './endpoints'
import { publicFileEndpoints } from './publicFiles'
import { publicResultEndpoints } from './resultEndpoints'

/** The public intake's endpoints under /api/public: opinions, sign-ups, their result pages, figures and files. */
export const intakeEndpoints: Endpoint[] = [...publicIntakeEndpoints, ...publicResultEndpoints, ...publicFileEndpoints]
