/**
 * Indexes the built pages with Pagefind's Node API after `astro build`. Chinese needs the extended
 * binary, which the npm package ships; the language is forced since every page is zh-CN.
 *
 * Large sites are indexed in shards (lib/search/shards.ts): the incremental pages (explainers, news) are
 * spread over a few bundles by a hash of their URL, everything else goes into the main bundle. A shard
 * whose pages are all unchanged since the previous build is linked from it, not indexed again; shards are
 * indexed one after another, so Pagefind holds one shard in memory at a time. The search page merges them.
 */
import type { AstroIntegration } from 'astro'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as pagefind from 'pagefind'
import { manifestPath } from '../lib/incremental'
import { SHARDS_FILE, shardCount, shardOf, type ShardList } from '../lib/search/shards'
import { writeSynonymsJson } from '../lib/search/emit'
import { loadSnapshot } from '../lib/snapshot-source'

type Page = { url: string; file: string }

function htmlPages(dist: string, dir = dist, out: Page[] = []): Page[] {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name)
    if (statSync(file).isDirectory()) {
      if (dir === dist && (name === 'pagefind' || name === 'pagefind-shards' || name === '_astro' || name === '_lawpoint')) continue
      htmlPages(dist, file, out)
    } else if (name.endsWith('.html')) {
      const rel = `/${relative(dist, file).split(sep).join('/')}`
      out.push({ url: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file })
    }
  }
  return out
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

/** Pagefind reads a folder fastest: the shard's pages are hard-linked into a scratch copy of the site's layout. */
async function indexPages(site: string, pages: Page[], outputPath: string): Promise<void> {
  // Next to the output, so the links stay on one file system.
  const scratch = mkdtempSync(join(dirname(site.replace(/[\\/]+$/, '')), '.pagefind-scratch-'))
  try {
    for (const p of pages) {
      const to = join(scratch, relative(site, p.file))
      mkdirSync(dirname(to), { recursive: true })
      try {
        linkSync(p.file, to)
      } catch {
        copyFileSync(p.file, to)
      }
    }
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh-cn' })
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
    const added = await index.addDirectory({ path: scratch })
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`)
    await index.deleteIndex()
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'lawpoint-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir)
        const started = Date.now()
        const manifest = existsSync(manifestPath(site)) ? (JSON.parse(readFileSync(manifestPath(site), 'utf8')) as Record<string, string>) : {}
        const pages = htmlPages(site)
        const n = shardCount(Object.keys(manifest).length)
        const groups = new Map<string, Page[]>([['main', []]])
        for (const p of pages) {
          const key = n && manifest[p.url] ? shardOf(p.url, n) : 'main'
          if (!groups.has(key)) groups.set(key, [])
          groups.get(key)!.push(p)
        }
        const previous = process.env.PREVIOUS_DIST ?? ''
        const before = previous && existsSync(join(previous, SHARDS_FILE)) ? (JSON.parse(readFileSync(join(previous, SHARDS_FILE), 'utf8')) as ShardList) : { shards: [] }
        const list: ShardList = { shards: [] }
        let reused = 0
        const todo: (() => Promise<void>)[] = []
        for (const [key, members] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
          if (key === 'main') continue
          const digest = createHash('sha1').update(members.map((p) => `${p.url} ${manifest[p.url]}`).sort().join('\n')).digest('hex')
          const path = `/pagefind-shards/${key}/`
          const old = before.shards.find((s) => s.path === path && s.digest === digest)
          if (old && existsSync(join(previous, path, 'pagefind-entry.json'))) {
            linkTree(join(previous, path), join(site, path))
            reused++
          } else todo.push(() => indexPages(site, members, join(site, path)))
          list.shards.push({ path, digest, pages: members.length })
        }
        // One after another: Pagefind already uses both cores on one index (two at once were no faster), and
        // one shard at a time keeps its memory to one shard's worth.
        for (const job of todo) await job()
        await indexPages(site, groups.get('main')!, join(site, 'pagefind'))
        await pagefind.close()
        writeFileSync(join(site, SHARDS_FILE), JSON.stringify(list))
        // The search page fetches the editors' synonym list from the built site.
        await writeSynonymsJson(site, (await loadSnapshot()).synonyms)
        const shardNote = list.shards.length ? ` in ${list.shards.length + 1} bundles (${reused} shards unchanged, linked)` : ''
        logger.info(`indexed ${pages.length} pages${shardNote} in ${Date.now() - started} ms`)
      },
    },
  }
}
