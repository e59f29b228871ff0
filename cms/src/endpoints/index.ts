import type { Endpoint } from 'payload'

/** Our own HTTP endpoints under /api (public intake, exports, build control). */
export const endpoints: Endpoint[] = []
