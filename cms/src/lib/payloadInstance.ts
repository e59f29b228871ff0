import type { Payload } from 'payload'

/**
 * The Payload instance the CMS's main bundle started, published by the config's onInit. Next's Pages routes
 * load their dependencies through Node's own loader; importing the config there would load lexical's
 * Node entry, whose top-level await Node 20 can leave unsettled (README › Node versions). They take the
 * running instance from here instead.
 */
const key = Symbol.for('lawpoint.payload')
type Registry = { [key]?: Payload }

export const publishPayloadInstance = (payload: Payload) => {
  ;(globalThis as Registry)[key] = payload
}

export const runningPayload = (): Payload | undefined => (globalThis as Registry)[key]
