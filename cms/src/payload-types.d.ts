import type { Config } from '@lawpoint/content-types'

declare module 'payload' {
  export interface GeneratedTypes extends Config {}
}
