/**
 * The search index of a large site comes in shards (integrations/search-index/): the main bundle at
 * /pagefind/ and, listed in /pagefind/shards.json, further bundles the search merges into it.
 *
 * Shards are per route: a route with at least `from` pages (PAGEFIND_SHARD_FROM) spreads its pages over
 * shards of about `pages` each (PAGEFIND_SHARD_PAGES) by a hash of the URL; smaller routes and every
 * other page go to the main bundle. The route renders its pages shard by shard (shardOrder), so a shard is
 * complete, and is indexed, while the build goes on with the next one.
 * Browser code (lib/search/run.ts) imports this module too: the sizes come from the caller (lib/env.ts at
 * build time), never from the environment here.
 */
export const SHARDS_FILE = 'pagefind/shards.json'
export type ShardList = { shards: { path: string; digest: string; pages: number }[] }

const MAX_SHARDS = 16

/** Shards for a route of this many pages; 0: its pages go to the main bundle. */
export const shardCount = (routePages: number, size: { from: number; pages: number }) =>
  routePages < size.from ? 0 : Math.min(MAX_SHARDS, Math.ceil(routePages / size.pages))

/** A stable shard for a URL (FNV-1a): the same page stays in the same shard from build to build. */
export function shardOf(route: string, url: string, n: number): string {
  let h = 0x811c9dc5
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193)
  return `${route.replace(/[^a-z0-9]+/gi, '-')}-${(h >>> 0) % n}`
}

export const shardPath = (key: string) => `/pagefind-shards/${key}/`

/** Sorts items shard by shard (stable), so each shard's pages are rendered one after another. */
export function shardOrder<T>(items: T[], key: (item: T) => string | undefined): T[] {
  const keyed = items.map((item, i) => ({ item, i, k: key(item) ?? '' }))
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
  return keyed.map((x) => x.item)
}

/** Merges the shards listed next to a loaded Pagefind bundle (the browser runtime's mergeIndex). */
export async function mergeShards(pf: { mergeIndex?: (path: string) => Promise<void> }, fetchList: () => Promise<ShardList | null>): Promise<void> {
  const list = await fetchList().catch(() => null)
  for (const s of list?.shards ?? []) await pf.mergeIndex?.(s.path)
}
