/**
 * Loads a written Pagefind bundle's real browser runtime (pagefind.js + its wasm) in Node:
 * fetch() is pointed at the bundle directory, and a minimal `document` reports lang="zh-CN"
 * so the runtime segments queries with Intl.Segmenter exactly as on the zh-CN search page
 * (no `window`, so it runs on the main thread as it does when workers are unavailable).
 * Each call imports a fresh module instance (cold caches), for latency measurements.
 * The stock comparison of `npm run search:eval` (the site itself no longer uses Pagefind).
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

export interface PagefindResult {
  id: string
  score: number
  data(): Promise<{ url: string; content: string; excerpt: string; meta: Record<string, string | undefined> }>
}

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
  // URLs are site paths (/pagefind/…), served from the folder that holds the bundle.
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
  // an empty search resolves once the runtime, its wasm and the index metadata are loaded
  await mod.search('')
  return mod
}
