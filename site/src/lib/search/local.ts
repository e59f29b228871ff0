/**
 * Node only (tests, scripts/search-eval): the search runtime over a built site's files, read from disk as
 * the static server would serve them (site paths → files under the dist folder).
 */
import { readdirSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join, relative, sep } from 'node:path'
import { SearchIndex, type Fetcher } from './engine'

export function fileFetcher(dist: string): Fetcher {
  return async (path) => {
    const file = join(dist, decodeURIComponent(new URL(path, 'http://local/').pathname))
    try {
      const body = await readFile(file)
      return {
        ok: true,
        status: 200,
        json: async () => JSON.parse(body.toString('utf8')) as unknown,
        arrayBuffer: async () => body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer,
      }
    } catch {
      return { ok: false, status: 404, json: async () => null, arrayBuffer: async () => new ArrayBuffer(0) }
    }
  }
}

/** Loads the index a build wrote. */
export const loadLocalIndex = (dist: string): Promise<SearchIndex> => SearchIndex.load(fileFetcher(dist))

/** Folders of a built site that hold no pages. */
const notPages = new Set(['_astro', '_lawpoint', 'search', 'pagefind'])

/** Every HTML page of a built site, by URL (`/news/a/` for news/a/index.html; `/404.html`), in file-system order. */
export function htmlPages(dist: string, dir = dist, out = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (dir === dist && notPages.has(entry.name)) continue
      htmlPages(dist, file, out)
    } else if (entry.name.endsWith('.html')) {
      const rel = `/${relative(dist, file).split(sep).join('/')}`
      out.set(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file)
    }
  }
  return out
}
