import type { Endpoint } from 'payload'
import { publicIntakeEndpoints } from './endpoints'
import { publicFileEndpoints } from './publicFiles'
import { publicResultEndpoints } from './resultEndpoints'
import { registrationReceived } from './signupReceived'

/** The public intake's endpoints under /api/public: opinions, sign-ups, their result pages, figures and files. */
export const intakeEndpoints: Endpoint[] = [...publicIntakeEndpoints, ...publicResultEndpoints, registrationReceived, ...publicFileEndpoints]
