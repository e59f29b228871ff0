// @ts-check
/**
 * One Pagefind service per worker thread (the npm API keeps one service per module instance, and a service
 * handles one request at a time): two workers index two shards at once on two cores.
 *
 * Messages, in order per shard:
 *   { type: 'add', key, url, html }            a rendered page (UTF-8 bytes), read as it arrives
 *   { type: 'finish', key, files, outputPath, scratchRoot }
 *                                              the shard's other pages (files on disk), then write the bundle
 * Replies: { type: 'read' } per page read, then { type: 'done', key, pages } or { type: 'error', key, message }.
 */
import { parentPort } from 'node:worker_threads'
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as pagefind from 'pagefind'

if (!parentPort) throw new Error('search-index worker: run me as a worker thread')
const port = parentPort
const decoder = new TextDecoder()

/** @type {Map<string, { index: Promise<import('pagefind').PagefindIndex>, adds: Promise<unknown>[] }>} */
const shards = new Map()

const shard = (/** @type {string} */ key) => {
  let s = shards.get(key)
  if (!s) {
    const index = pagefind.createIndex({ forceLanguage: 'zh-cn' }).then(({ index, errors }) => {
      if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`)
      return index
    })
    shards.set(key, (s = { index, adds: [] }))
  }
  return s
}

const check = (/** @type {{ errors: string[] }} */ r) => {
  if (r.errors.length) throw new Error(`Pagefind: ${r.errors.join('; ')}`)
  return r
}

/** Files are hard-linked into a scratch copy of the site's layout: Pagefind reads a folder fastest. */
async function addFiles(/** @type {import('pagefind').PagefindIndex} */ index, /** @type {{ url: string, file: string }[]} */ files, /** @type {string} */ scratchRoot) {
  if (!files.length) return
  const scratch = mkdtempSync(join(scratchRoot, '.pagefind-scratch-'))
  try {
    for (const { url, file } of files) {
      const to = join(scratch, url.endsWith('/') ? `${url}index.html` : url)
      mkdirSync(dirname(to), { recursive: true })
      try {
        linkSync(file, to)
      } catch {
        copyFileSync(file, to)
      }
    }
    check(await index.addDirectory({ path: scratch }))
  } finally {
    rmSync(scratch, { recursive: true, force: true })
  }
}

async function finish(/** @type {string} */ key, /** @type {{ url: string, file: string }[]} */ files, /** @type {string} */ outputPath, /** @type {string} */ scratchRoot) {
  const s = shard(key)
  const index = await s.index
  const added = await Promise.all(s.adds)
  added.forEach((r) => check(/** @type {{ errors: string[] }} */ (r)))
  await addFiles(index, files, scratchRoot)
  check(await index.writeFiles({ outputPath }))
  await index.deleteIndex()
  shards.delete(key)
  return added.length + files.length
}

port.on('message', (/** @type {any} */ msg) => {
  if (msg.type === 'add') {
    const s = shard(msg.key)
    // Not awaited: the service reads pages while the build renders the next ones.
    const content = decoder.decode(msg.html)
    const add = s.index.then((index) => index.addHTMLFile({ url: msg.url, content }))
    // Acknowledged either way (a failure is reported by finish): the sender limits pages in flight.
    add.then(
      () => port.postMessage({ type: 'read' }),
      () => port.postMessage({ type: 'read' }),
    )
    s.adds.push(add)
  } else if (msg.type === 'finish') {
    finish(msg.key, msg.files, msg.outputPath, msg.scratchRoot).then(
      (pages) => port.postMessage({ type: 'done', key: msg.key, pages }),
      (error) => port.postMessage({ type: 'error', key: msg.key, message: String(error?.stack ?? error) }),
    )
  } else if (msg.type === 'close') {
    pagefind.close().then(() => port.close())
  }
})
