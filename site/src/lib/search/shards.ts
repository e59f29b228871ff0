/**
 * The search index of a large site comes in shards (integrations/pagefind.ts): the main bundle at
 * /pagefind/ and, listed in /pagefind/shards.json, further bundles the search merges into it. Sharding
 * starts at SHARD_FROM incremental pages (PAGEFIND_SHARD_FROM), so small sites keep one bundle;
 * PAGEFIND_SHARD_PAGES sets the pages per shard.
 */
export const SHARDS_FILE = 'pagefind/shards.json'
export type ShardList = { shards: { path: string; digest: string; pages: number }[] }

const SHARD_FROM = Number(process.env.PAGEFIND_SHARD_FROM) || 2500
const PAGES_PER_SHARD = Number(process.env.PAGEFIND_SHARD_PAGES) || 1250
const MAX_SHARDS = 16

export const shardCount = (incrementalPages: number) =>
  incrementalPages < SHARD_FROM ? 0 : Math.min(MAX_SHARDS, Math.ceil(incrementalPages / PAGES_PER_SHARD))

/** A stable shard for a URL (FNV-1a): the same page stays in the same shard from build to build. */
export function shardOf(url: string, n: number): string {
  let h = 0x811c9dc5
  for (let i = 0; i < url.length; i++) h = Math.imul(h ^ url.charCodeAt(i), 0x01000193)
  return `s${(h >>> 0) % n}`
}

/** Merges the shards listed next to a loaded Pagefind bundle (the browser runtime's mergeIndex). */
export async function mergeShards(pf: { mergeIndex?: (path: string) => Promise<void> }, fetchList: () => Promise<ShardList | null>): Promise<void> {
  const list = await fetchList().catch(() => null)
  for (const s of list?.shards ?? []) await pf.mergeIndex?.(s.path)
}
