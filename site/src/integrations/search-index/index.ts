/**
 * The site search's static index (lib/search/format.ts), built once Astro has written every page: each page's
 * text is read from its HTML (lib/search/extract.ts), the index and the result records are written to
 * /search/ (lib/search/build-index.ts). What a page shows is what it can be found by.
 *
 * Incremental builds: the previous build's pages that did not change are hard links (integrations/incremental),
 * and their extracted text is taken from a cache kept in Astro's cache folder, keyed by URL and page digest
 * (_lawpoint/pages.json), instead of parsing the HTML again. The digest covers the page's inputs and the
 * site's code, so a cached text is the one the page file gives. A process that builds again (the warm build
 * server) keeps the last index and patches it when few pages changed; either way the index is byte for byte what
 * a cold build writes.
 */
import type { AstroIntegration } from 'astro'
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { searchDictionary } from '@lawpoint/content-types/search-dictionary'
import { articlePath } from '@lawpoint/content-types/urls'
import { builtPages, manifestPath } from '../../lib/incremental'
import { buildIndex, type BuildSynonym, type IndexedPage, type IndexState } from '../../lib/search/build-index'
import { RECORDS_PER_FILE, type Manifest } from '../../lib/search/format'
import { afterBuild, env } from '../../lib/env'
import { extractPage, type ExtractedPage } from '../../lib/search/extract'
import { htmlPages } from '../../lib/search/local'
import { loadSnapshot } from '../../lib/snapshot-source'

type Cache = Record<string, ExtractedPage | null>
const CACHE_FILE = 'lawpoint-search-text.json'
/** The last build's texts, by cache file: a process that builds again (the warm build server) need not read them. */
const remembered = new Map<string, Cache>()
/** The last build's index, by cache file: the next build in this process patches it (lib/search/patch-index.ts). */
const rememberedIndex = new Map<string, IndexState>()

function readCache(file: string): Cache {
  try {
    return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Cache) : {}
  } catch {
    return {}
  }
}

/** The built-in dictionary and staff's synonyms; dictionary entries name their article's page. */
export function searchSynonyms(staff: ReadonlyArray<{ term: string; expansions: string[] }>): BuildSynonym[] {
  return [
    ...searchDictionary.map((e) => ({ term: e.term, expansions: [...e.expansions], target: articlePath(e.target.lawKey, e.target.article) })),
    ...staff.map((e) => ({ term: e.term, expansions: e.expansions })),
  ]
}

/**
 * Reads every page (from the cache when its digest is unchanged) and writes the index into dist. Files the
 * previous build has with the same content are hard-linked from it: index files by their (content-hashed)
 * name, records of unchanged pages when the page list is the same. The publishing validation and the S3
 * upload then skip them as unchanged.
 */
export async function writeSearchIndex(dist: string, cacheDir: string, synonyms: BuildSynonym[], previous = '') {
  const t0 = Date.now()
  const digests: Record<string, string> = existsSync(manifestPath(dist)) ? JSON.parse(readFileSync(manifestPath(dist), 'utf8')) : {}
  const cacheFile = join(cacheDir, CACHE_FILE)
  const cache = remembered.get(cacheFile) ?? readCache(cacheFile)
  const nextCache: Cache = {}
  const pages: IndexedPage[] = []
  let parsed = 0
  const listed = builtPages(dist)
  const files = listed ?? htmlPages(dist)
  const unchanged = new Set<string>()
  for (const [url, file] of files) {
    const digest = digests[url]
    const key = digest ? `${url} ${digest}` : ''
    let page: ExtractedPage | null
    if (key && key in cache) {
      page = cache[key]!
      unchanged.add(url)
    } else {
      page = extractPage(readFileSync(file))
      parsed++
    }
    if (key) nextCache[key] = page
    if (page) pages.push({ url, ...page })
  }
  const tRead = Date.now()
  // A state is used up by the build it is given to; only a build that returns leaves one.
  const previousIndex = rememberedIndex.get(cacheFile)
  rememberedIndex.delete(cacheFile)
  const built = buildIndex(pages, synonyms, {}, previousIndex)
  rememberedIndex.set(cacheFile, built.state)
  const tBuild = Date.now()
  rmSync(join(dist, 'search/index'), { recursive: true, force: true })
  rmSync(join(dist, 'search/records'), { recursive: true, force: true })
  // What the previous build has the same: its index files by name; its records if the page list is the same.
  let previousRecords = ''
  try {
    if (previous) previousRecords = (JSON.parse(readFileSync(join(previous, 'search/manifest.json'), 'utf8')) as Manifest).records
  } catch {
    previousRecords = ''
  }
  const urls = pages.map((p) => p.url).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const sameAsPrevious = (path: string): boolean => {
    if (!previous) return false
    if (path.startsWith('search/index/')) return existsSync(join(previous, path))
    const m = /^search\/records\/([^/]+)\/(\d+)\.json$/.exec(path)
    if (!m || m[1] !== previousRecords) return false
    // A file of records is the same if each of its pages is. (A file missing there after all fails to link and is written.)
    const first = Number(m[2]) * RECORDS_PER_FILE
    return urls.slice(first, first + RECORDS_PER_FILE).every((url) => unchanged.has(url))
  }
  const dirs = new Set<string>()
  let linked = 0
  for (const [path, content] of built.files) {
    const file = join(dist, path)
    const dir = dirname(file)
    if (!dirs.has(dir)) {
      mkdirSync(dir, { recursive: true })
      dirs.add(dir)
    }
    if (sameAsPrevious(path)) {
      try {
        linkSync(join(previous, path), file)
        linked++
        continue
      } catch {
        // another file system: write it
      }
    }
    writeFileSync(file, content)
  }
  // The warm build server keeps the texts in memory for its next build, and writes the file for a later process
  // once the site is live; whole or not at all: a build stopped half-way leaves the previous cache, never half a file.
  remembered.set(cacheFile, nextCache)
  afterBuild(() => {
    mkdirSync(cacheDir, { recursive: true })
    writeFileSync(`${cacheFile}.tmp`, JSON.stringify(nextCache))
    renameSync(`${cacheFile}.tmp`, cacheFile)
  })
  return { ...built.stats, listed: !!listed, htmlFiles: files.size, parsed, linked, files: built.files.size, readMs: tRead - t0, buildMs: tBuild - tRead, writeMs: Date.now() - tBuild }
}

export default function searchIndex(): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'lawpoint-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir)
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { synonyms } = await loadSnapshot()
        try {
          const s = await writeSearchIndex(fileURLToPath(dir), cacheDir, searchSynonyms(synonyms), env.PREVIOUS_DIST ?? '')
          const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`
          logger.info(
            `indexed ${s.pages} searchable pages of ${s.htmlFiles} (${s.listed ? "the build's page list" : 'output walked'}; ${s.htmlFiles - s.parsed} unchanged, their text from the cache): ${s.buckets} buckets, ${kb(s.bucketBytes)} (largest ${kb(s.largestBucket)}), records ${kb(s.recordBytes)}; ` +
              `read ${s.readMs} ms, index ${s.buildMs} ms${s.patched === null ? '' : ` (patched: ${s.patched} pages changed)`}, write ${s.writeMs} ms (${s.linked} of ${s.files} files linked from the previous build)`,
          )
        } catch (e) {
          throw new Error(`站内搜索索引生成失败：${(e as Error).message}`, { cause: e })
        }
      },
    },
  }
}
