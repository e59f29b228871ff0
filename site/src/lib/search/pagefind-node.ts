/**
 * Loads a written Pagefind bundle's real browser runtime (pagefind.js + its wasm) in Node:
 * fetch() is pointed at the bundle directory, and a minimal `document` reports lang="zh-CN"
 * so the runtime segments queries with Intl.Segmenter exactly as on the zh-CN search page
 * (no `window`, so it runs on the main thread as it does when workers are unavailable).
 * Each call imports a fresh module instance (cold caches), for latency measurements.
 * Node only (tests, scripts/search-eval): never imported by the site's pages or browser code.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { PagefindResult } from './engine'
import { mergeShards, type ShardList } from './shards'

let installed = ''
let instance = 0

export interface LoadedPagefind {
  search(term: string, options?: Record<string, unknown>): Promise<{ results: PagefindResult[] } | null>
  init(): Promise<void>
  options(o: Record<string, unknown>): Promise<void>
  destroy(): Promise<void>
}

export async function loadPagefind(bundleDir: string): Promise<LoadedPagefind> {
  const root = path.resolve(bundleDir)
  // URLs are site paths (/pagefind/…, /pagefind-shards/…), served from the site folder that holds the bundle.
  const site = path.dirname(root)
  if (installed !== root) {
    installed = root
    Object.assign(globalThis, { document: { currentScript: null, querySelector: () => ({ getAttribute: () => 'zh-CN' }) } })
    globalThis.fetch = (async (input: string | URL | Request) => {
      const u = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
      const p = decodeURIComponent(new URL(u, 'http://local/').pathname)
      try {
        return new Response(await fs.readFile(path.join(site, p)), { status: 200 })
      } catch {
        return new Response('not found', { status: 404 })
      }
    }) as typeof fetch
  }
  const mod = (await import(`${pathToFileURL(path.join(root, 'pagefind.js')).href}?i=${instance++}`)) as LoadedPagefind
  await mod.options({ basePath: '/pagefind/' })
  await mod.init()
  await mergeShards(mod as never, async () => {
    const file = path.join(root, 'shards.json')
    return JSON.parse(await fs.readFile(file, 'utf8').catch(() => '{"shards":[]}')) as ShardList
  })
  // an empty search resolves once the runtime, its wasm and the index metadata are loaded
  await mod.search('')
  return mod
}
