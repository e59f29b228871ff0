/**
 * Checks a finished site build before it may go live: every published document has its page, no
 * internal link points at a missing file, and nothing that looks like personal data (mobile numbers,
 * ID card numbers, e-mail addresses, or any contact detail stored in the CMS) appears in any file.
 * No Payload imports: values to look for are passed in.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { articlePath, documentPath, sitePages, snapshotCollections, type SiteSnapshot } from '@lawpoint/content-types'
import { cmsRoot } from '../lib/paths'
import { digits, type InodeList, type ScanResult, type ScanTask } from './validate-files.mjs'

export { findPersonalData, withoutStyles } from './validate-files.mjs'

export interface ValidationResult {
  pages: number
  files: number
  expectedPages: number
  errors: string[]
  /** The inode of every text file checked: the next build's linked files are compared against it. */
  inodes: InodeList
}

export interface ValidateOptions {
  /** Contact details that may appear (the contact point's own phone and e-mail). */
  allow?: string[]
  /** Personal contact details from the CMS that must never appear. */
  forbidden?: string[]
  /**
   * The previous, validated build: its files hard-linked into this one are the same bytes, not scanned again.
   * knownInodes: its inodes, when this process validated it (saves a stat per file there).
   */
  previous?: { previousDist: string; knownInodes?: InodeList }
  /** Stop listing after this many errors. */
  maxErrors?: number
}

/** The page every published document must have (the shared URL builders of content-types). */
export function expectedPaths(s: SiteSnapshot): string[] {
  const paths: string[] = [sitePages.home, sitePages.search]
  for (const key of ['news', 'explainers', 'lectures', 'squareEvents', 'consultations'] as const)
    for (const d of s[key] ?? []) {
      const page = d._status === 'draft' ? null : documentPath(snapshotCollections[key], d)
      if (page) paths.push(page)
    }
  // Every law of the library: its table of contents and one page per article number (第十七条之一 is on 第十七条's page).
  for (const law of s.laws ?? []) {
    if (law._status === 'draft') continue
    const toc = documentPath('laws', law)
    if (toc) paths.push(toc)
    for (const n of new Set(law.articles.map((a) => a.number))) paths.push(articlePath(law.key, n))
  }
  return paths
}

/** Worker threads for the walk and the scan: the build has finished, so every core is free for it. */
const workerCount = () => Math.max(1, Math.min(os.availableParallelism(), 4))
const workerFile = path.join(cmsRoot, 'src/publishing/validate-worker.mjs')

function scanInWorker(task: ScanTask): Promise<ScanResult> {
  // Taken from Node at run time: Next's bundler rewrites an imported `new Worker(file)` into a lookup of `file`
  // among its own modules, which fails in the production build.
  const { Worker } = process.getBuiltinModule('node:worker_threads')
  return new Promise((resolve, reject) => {
    // No inherited flags: under tsx (scripts, tests) its loader would be started again in each thread.
    const worker = new Worker(workerFile, { workerData: task, execArgv: [] })
    worker.once('message', resolve)
    worker.once('error', reject)
    worker.once('exit', (code) => reject(new Error(`校验线程意外退出（${code}）`)))
  })
}

/** What the threads share out: the folders two levels down (a law's, a news item's …) and the files above them. */
function workItems(dir: string): string[] {
  const items: string[] = []
  for (const top of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!top.isDirectory()) items.push(top.name)
    else for (const entry of fs.readdirSync(`${dir}/${top.name}`, { withFileTypes: true })) items.push(`${top.name}/${entry.name}${entry.isDirectory() ? '/' : ''}`)
  }
  return items
}

export async function validateSite(dir: string, snapshot: SiteSnapshot, options: ValidateOptions = {}): Promise<ValidationResult> {
  const errors: string[] = []
  const maxErrors = options.maxErrors ?? 50
  const push = (e: string) => {
    if (errors.length < maxErrors) errors.push(e)
    else if (errors.length === maxErrors) errors.push('……（更多错误略）')
  }
  const allow = new Set<string>()
  for (const a of options.allow ?? []) {
    if (!a) continue
    allow.add(a.toLowerCase())
    if (digits(a).length >= 11) allow.add(digits(a).slice(-11))
  }
  // Forbidden values: only those specific enough to search for without false alarms.
  const forbidden = [...new Set((options.forbidden ?? []).map((f) => f.trim()).filter((f) => digits(f).length >= 7 || f.includes('@')))].filter(
    (f) => !allow.has(f.toLowerCase()) && !allow.has(digits(f).slice(-11)),
  )

  // Off the CMS's main thread, which meanwhile goes on answering residents.
  const task: ScanTask = { dir, items: workItems(dir), next: new Int32Array(new SharedArrayBuffer(4)), allow: [...allow], forbidden, maxErrors, ...options.previous }
  const results = await Promise.all(Array.from({ length: workerCount() }, () => scanInWorker(task)))
  const files = new Set(results.flatMap((r) => (r.files ? r.files.split('\n') : [])))
  const html = [...files].filter((f) => f.endsWith('.html'))

  const expected = expectedPaths(snapshot)
  for (const p of expected) if (!resolveLink(files, p)) push(`缺少页面：${p}`)
  for (const r of results) r.errors.forEach(push)
  for (const r of results) for (const [target, from] of r.links) if (!resolveLink(files, target)) push(`${from} 的链接指向不存在的页面：${target}`)
  const inodes = { names: results.map((r) => r.inodes.names).filter(Boolean).join('\n'), inodes: new Float64Array(results.reduce((n, r) => n + r.inodes.inodes.length, 0)) }
  results.reduce((at, r) => (inodes.inodes.set(r.inodes.inodes, at), at + r.inodes.inodes.length), 0)
  return { pages: html.length, files: files.size, expectedPages: expected.length, errors, inodes }
}

/** Whether a site-absolute URL path is served by a file in the build (directory format). */
export function resolveLink(files: Set<string>, urlPath: string): boolean {
  let p: string
  try {
    p = decodeURIComponent(urlPath)
  } catch {
    return false
  }
  p = p.replace(/^\/+/, '')
  if (p === '') return files.has('index.html')
  if (p.endsWith('/')) return files.has(`${p}index.html`)
  return files.has(p) || files.has(`${p}/index.html`) || files.has(`${p}.html`)
}
