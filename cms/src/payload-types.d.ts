import type { Config } from '@lawpoint/content-types'

declare module 'payload' {
  export interface GeneratedTypes extends Config {}

  /** Flags our code passes to hooks through req.context; nothing else is set there. */
  export interface RequestContext {
    /** Seeding: no site builds, no promotion side effects of demo data. */
    seeding?: boolean
    /** Seeds and bulk imports: queue no site build for these writes. */
    skipSiteBuild?: boolean
    /** Staff exports that must show whole phone numbers (lists mask them otherwise). */
    fullPhones?: boolean
    /** A write that must not move anyone up from a lecture's waitlist (check-in, the promotion itself). */
    skipPromotion?: boolean
  }
}
