/**
 * Indexes the site for Pagefind while Astro renders it. Rendered pages arrive one by one (page-sink.ts) and
 * go to the worker thread that holds their shard; once every page of a shard has arrived, the shard is
 * written there, while the build renders the next shard. A shard whose pages are all unchanged since the
 * previous build is linked from it. The main bundle (every page outside a shard) is written at the end.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { Worker } from 'node:worker_threads'
import { pageFile } from '../../lib/incremental'
import type { PageSink, PlannedPage } from '../../lib/search/page-sink'
import { SHARDS_FILE, shardPath, type ShardList } from '../../lib/search/shards'

type Shard = {
  key: string
  members: Map<string, string> // url → digest
  /** Pages still to be rendered in this build. */
  pending: number
  /** Pages handed over as rendered (or skipped: nothing for Pagefind to read in them). */
  seen: Set<string>
  worker?: number
  done?: Promise<number>
}

const MAIN = 'main'
const BODY_MARKER = Buffer.from('data-pagefind-body')
/** Unread pages per worker before rendering waits (about 25 KB each). */
const MAX_IN_FLIGHT = 64

/** Astro hands over `/news/a` for `/news/a/index.html`; Pagefind names pages by their folder: `/news/a/`. */
export const pageUrl = (pathname: string) => (pathname.endsWith('/') || /\.[a-z]+$/i.test(pathname) ? pathname : /^\/(404|500)$/.test(pathname) ? `${pathname}.html` : `${pathname}/`)

/**
 * A copy of the page without its <head>: Pagefind reads the body (data-pagefind-body, its meta attributes,
 * the first h1 as the title), and the head with its inlined stylesheet is half of every page's bytes,
 * each of which would be copied, base64-encoded and parsed again on the way to the Pagefind service.
 */
export function withoutHead(html: Uint8Array): Uint8Array<ArrayBuffer> {
  const buf = Buffer.from(html.buffer, html.byteOffset, html.byteLength)
  const start = buf.indexOf('<head')
  const end = start < 0 ? -1 : buf.indexOf('</head>', start)
  if (end < 0) return html.slice()
  const tail = end + '</head>'.length
  const copy = new Uint8Array(start + (buf.length - tail))
  copy.set(buf.subarray(0, start), 0)
  copy.set(buf.subarray(tail), start)
  return copy
}

function linkTree(from: string, to: string) {
  mkdirSync(to, { recursive: true })
  for (const name of readdirSync(from)) {
    const [src, dst] = [join(from, name), join(to, name)]
    if (statSync(src).isDirectory()) linkTree(src, dst)
    else
      try {
        linkSync(src, dst)
      } catch {
        copyFileSync(src, dst)
      }
  }
}

/** Every HTML page in the output, by URL (Pagefind's own bundles and Astro's assets left out). */
export function htmlPages(dist: string, dir = dist, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name)
    if (statSync(file).isDirectory()) {
      if (dir === dist && ['pagefind', 'pagefind-shards', '_astro', '_lawpoint'].includes(name)) continue
      htmlPages(dist, file, out)
    } else if (name.endsWith('.html')) {
      const rel = `/${relative(dist, file).split(sep).join('/')}`
      out.set(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file)
    }
  }
  return out
}

export class StreamingIndexer implements PageSink {
  private shards = new Map<string, Shard>()
  private shardOfUrl = new Map<string, string>()
  private workers: Worker[]
  private replies = new Map<string, { resolve: (pages: number) => void; reject: (e: Error) => void }>()
  private nextWorker = 0
  private failure: Error | undefined
  /** Pages handed to each worker and not yet read by its Pagefind service, and renders waiting for it. */
  private inFlight = new Map<Worker, number>()
  private waiting = new Map<Worker, (() => void)[]>()
  private before: ShardList

  constructor(
    private dist: string,
    private previous: string,
    workerFile: string,
    workerCount: number,
  ) {
    this.before = previous && existsSync(join(previous, SHARDS_FILE)) ? (JSON.parse(readFileSync(join(previous, SHARDS_FILE), 'utf8')) as ShardList) : { shards: [] }
    this.workers = Array.from({ length: Math.max(1, workerCount) }, () => {
      const w = new Worker(workerFile)
      w.on('message', (m: { type: string; key: string; pages?: number; message?: string }) => {
        if (m.type === 'read') return this.onRead(w)
        const reply = this.replies.get(m.key)
        this.replies.delete(m.key)
        if (m.type === 'done') reply?.resolve(m.pages ?? 0)
        else reply?.reject(new Error(`索引 ${m.key} 失败：${m.message}`))
      })
      w.on('error', (e) => {
        this.failure = e
        for (const r of this.replies.values()) r.reject(e)
        this.replies.clear()
        // Rendering must not wait for a worker that is gone; done() reports the failure.
        for (const resume of [...this.waiting.values()].flat()) resume()
        this.waiting.clear()
      })
      return w
    })
    this.shards.set(MAIN, { key: MAIN, members: new Map(), pending: 0, seen: new Set() })
  }

  planRoute(_route: string, pages: PlannedPage[]): void {
    for (const p of pages) {
      if (!p.shard) continue
      let s = this.shards.get(p.shard)
      if (!s) this.shards.set(p.shard, (s = { key: p.shard, members: new Map(), pending: 0, seen: new Set() }))
      s.members.set(p.url, p.digest)
      if (p.render) s.pending++
      this.shardOfUrl.set(p.url, p.shard)
    }
    // A shard with nothing to render is settled at the end (linked, or re-indexed if a page left it).
  }

  private onRead(w: Worker) {
    const n = (this.inFlight.get(w) ?? 1) - 1
    this.inFlight.set(w, n)
    if (n <= MAX_IN_FLIGHT / 2) for (const resume of this.waiting.get(w)?.splice(0) ?? []) resume()
  }

  /** Returns a promise when the worker is behind: rendering waits for it, so unread pages do not pile up in memory. */
  page(pathname: string, html: Uint8Array): Promise<void> | void {
    const url = pageUrl(pathname)
    const s = this.shards.get(this.shardOfUrl.get(url) ?? MAIN)!
    if (s.done || s.seen.has(url)) return
    s.seen.add(url)
    // Pages without a search body (redirects) are not indexed at all once any page has one.
    let wait: Promise<void> | undefined
    if (Buffer.from(html.buffer, html.byteOffset, html.byteLength).includes(BODY_MARKER)) {
      // A copy handed over (transferred, not cloned): decoding and everything after happen in the worker.
      const copy = withoutHead(html)
      const w = this.workerOf(s)
      w.postMessage({ type: 'add', key: s.key, url, html: copy }, [copy.buffer])
      const n = (this.inFlight.get(w) ?? 0) + 1
      this.inFlight.set(w, n)
      if (n >= MAX_IN_FLIGHT && !this.failure) wait = new Promise((resume) => this.waiting.set(w, [...(this.waiting.get(w) ?? []), resume]))
    }
    if (s.key !== MAIN && --s.pending === 0) this.finish(s)
    return wait
  }

  /** After the build has rendered (and linked) every page: settle the remaining shards, then the main bundle. */
  async done(): Promise<{ pages: number; bundles: number; reused: number }> {
    const list: ShardList = { shards: [] }
    let reused = 0
    for (const s of [...this.shards.values()].sort((a, b) => a.key.localeCompare(b.key))) {
      if (s.key === MAIN) continue
      if (!s.done) {
        const old = this.before.shards.find((b) => b.path === shardPath(s.key) && b.digest === this.digest(s))
        if (!s.seen.size && old && existsSync(join(this.previous, shardPath(s.key), 'pagefind-entry.json'))) {
          linkTree(join(this.previous, shardPath(s.key)), join(this.dist, shardPath(s.key)))
          s.done = Promise.resolve(0)
          reused++
        } else this.finish(s)
      }
      list.shards.push({ path: shardPath(s.key), digest: this.digest(s), pages: s.members.size })
    }
    const main = this.shards.get(MAIN)!
    for (const [url] of htmlPages(this.dist)) if (!this.shardOfUrl.has(url) && !main.seen.has(url)) main.members.set(url, '')
    this.finish(main)
    try {
      const counts = await Promise.all([...this.shards.values()].map((s) => s.done))
      writeFileSync(join(this.dist, SHARDS_FILE), JSON.stringify(list))
      return { pages: counts.reduce((a: number, b) => a + (b ?? 0), 0), bundles: list.shards.length + 1, reused }
    } finally {
      await this.close()
    }
  }

  async close(): Promise<void> {
    await Promise.all(
      this.workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => resolve())
            w.postMessage({ type: 'close' })
            setTimeout(() => void w.terminate(), 10_000).unref()
          }),
      ),
    )
  }

  private workerOf(s: Shard): Worker {
    s.worker ??= this.nextWorker++ % this.workers.length
    return this.workers[s.worker]!
  }

  private digest(s: Shard): string {
    return createHash('sha1').update([...s.members].map(([url, d]) => `${url} ${d}`).sort().join('\n')).digest('hex')
  }

  /** Writes the shard: the pages read so far, plus its other pages from disk (this build's file, else the previous build's). */
  private finish(s: Shard): void {
    const files = [...s.members.keys()]
      .filter((url) => !s.seen.has(url))
      .map((url) => {
        const here = url.endsWith('/') ? pageFile(this.dist, url) : join(this.dist, url)
        return { url, file: existsSync(here) ? here : pageFile(this.previous, url) }
      })
    const outputPath = join(this.dist, s.key === MAIN ? '/pagefind/' : shardPath(s.key))
    s.done = new Promise<number>((resolve, reject) => (this.failure ? reject(this.failure) : this.replies.set(s.key, { resolve, reject })))
    s.done.catch(() => {}) // awaited in done()
    // Scratch folders go next to the output, never into it, and on its file system for the hard links.
    this.workerOf(s).postMessage({ type: 'finish', key: s.key, files, outputPath, scratchRoot: dirname(this.dist.replace(/[\\/]+$/, '')) })
  }
}
