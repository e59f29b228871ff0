/**
 * How rendered pages reach the search indexer while the build is still running. The indexer
 * (integrations/search-index) registers itself here for `astro build`; getStaticPaths tells it each route's
 * plan (lib/incremental.ts) and the middleware hands it every rendered page. Both run in the build's own
 * process, so a global is the meeting point; in `astro dev` nothing is registered and both are no-ops.
 */
export interface PlannedPage {
  url: string
  /** The page's digest (lib/incremental.ts). */
  digest: string
  /** Its search shard, or undefined for the main bundle. */
  shard?: string
  /** Rendered in this build (false: unchanged, linked from the previous build). */
  render: boolean
}

export interface PageSink {
  planRoute(route: string, pages: PlannedPage[]): void
  /** A rendered page as UTF-8 bytes (the sink copies what it keeps); a promise: wait before rendering more. */
  page(url: string, html: Uint8Array): Promise<void> | void
}

const KEY = Symbol.for('lawpoint.search.pageSink')
type Holder = { [KEY]?: PageSink }

export const pageSink = (): PageSink | undefined => (globalThis as Holder)[KEY]
export const setPageSink = (sink: PageSink | undefined) => {
  ;(globalThis as Holder)[KEY] = sink
}
