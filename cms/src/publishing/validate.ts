/**
 * Checks a finished site build before it may go live: every published document has its page, no
 * internal link points at a missing file, and nothing that looks like personal data (mobile numbers,
 * ID card numbers, e-mail addresses, or any contact detail stored in the CMS) appears in any file.
 * No Payload imports: values to look for are passed in.
 */
import fs from 'node:fs'
import { articlePath, documentPath, sitePages, snapshotCollections, type SiteSnapshot } from '@lawpoint/content-types'

export interface ValidationResult {
  pages: number
  files: number
  expectedPages: number
  errors: string[]
  /** The inode of every text file checked: the next build's linked files are compared against it. */
  inodes: Map<string, number>
}

export interface ValidateOptions {
  /** Contact details that may appear (the contact point's own phone and e-mail). */
  allow?: string[]
  /** Personal contact details from the CMS that must never appear. */
  forbidden?: string[]
  /** Files known identical to an already validated build (hard links): skipped for the content scan. */
  skipContentScan?: (rel: string, stat: fs.Stats) => boolean
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

const textFile = /\.(html?|xml|json|txt|js|mjs|css|svg|webmanifest|ics|csv)$/i
/** Pagefind's own UI bundles (third-party code, with its translators' e-mail credits), not content. */
const vendorFile = /^pagefind(?:-shards\/[^/]+)?\/[^/]+\.(js|css)$/
const mobile = /(?<![\w.%-])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\w])/g
const idCard = /(?<![\w])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\w])/g
// Found from the '@' outwards: a regex starting with the local part tries every position of every long
// alphanumeric run (the search tokens on each page), which made it the slowest check of the build.
const emailDomain = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![\w])/g
const localPartChar = /[A-Za-z0-9._%+-]/

/** E-mail addresses in a text, with their top-level domain. */
function* emails(text: string): Generator<{ address: string; tld: string }> {
  for (const m of text.matchAll(emailDomain)) {
    let start = m.index
    while (start > 0 && localPartChar.test(text[start - 1]!)) start--
    if (start < m.index) yield { address: text.slice(start, m.index + m[0].length), tld: m[1]! }
  }
}
const assetExt = /^(png|jpe?g|webp|avif|gif|svg|js|mjs|css|woff2?|ico)$/i

/** ISO 7064 check digit: real ID numbers pass it, random 18-digit numbers mostly do not. */
function idChecksumOk(id: string): boolean {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = w.reduce((acc, wi, i) => acc + wi * Number(id[i]), 0)
  return '10X98765432'[sum % 11] === id[17]?.toUpperCase()
}

const digits = (s: string) => s.replace(/\D/g, '')

/**
 * Every file under `dir`, as a '/'-separated path relative to it. Plain concatenation: with path.join and
 * path.relative per entry, the walk of the whole library's build (23,500 folders) took twice as long.
 */
function walk(dir: string, rel = '', out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(`${dir}/${entry.name}`, `${rel}${entry.name}/`, out)
    else out.push(rel + entry.name)
  }
  return out
}

/** Finds personal data in one text; returns descriptions of what was found. */
export function findPersonalData(text: string, allow: Set<string>, forbidden: string[]): string[] {
  const found: string[] = []
  for (const m of text.matchAll(mobile)) if (!allow.has(digits(m[0]).slice(-11))) found.push(`手机号 ${mask(m[0])}`)
  for (const m of text.matchAll(idCard)) if (idChecksumOk(m[0])) found.push(`身份证号 ${mask(m[0])}`)
  for (const { address, tld } of emails(text)) {
    if (assetExt.test(tld) || allow.has(address.toLowerCase())) continue
    found.push(`电子邮箱 ${mask(address)}`)
  }
  for (const f of forbidden) if (text.includes(f)) found.push(`CMS 中的个人联系方式 ${mask(f)}`)
  return found
}

const mask = (s: string) => (s.length <= 4 ? '****' : `${s.slice(0, 3)}****${s.slice(-2)}`)

export function validateSite(dir: string, snapshot: SiteSnapshot, options: ValidateOptions = {}): ValidationResult {
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

  const files = new Set(walk(dir))
  const html = [...files].filter((f) => f.endsWith('.html'))

  const expected = expectedPaths(snapshot)
  for (const p of expected) if (!resolveLink(files, p)) push(`缺少页面：${p}`)

  const linkAttr = /\s(?:href|src)="(\/[^"#?]*)(?:[?#][^"]*)?"/g
  const checkedLinks = new Map<string, boolean>()
  const inodes = new Map<string, number>()
  for (const rel of files) {
    if (!textFile.test(rel) || vendorFile.test(rel)) continue
    const full = `${dir}/${rel}`
    const stat = fs.statSync(full)
    inodes.set(rel, stat.ino)
    const skip = options.skipContentScan?.(rel, stat) ?? false
    if (skip) continue
    const text = fs.readFileSync(full, 'utf8')
    for (const item of findPersonalData(withoutStyles(text), allow, forbidden)) push(`${rel} 含有个人信息：${item}`)
    if (!rel.endsWith('.html')) continue
    for (const m of text.matchAll(linkAttr)) {
      const target = m[1]
      if (target.startsWith('//')) continue
      let ok = checkedLinks.get(target)
      if (ok === undefined) checkedLinks.set(target, (ok = resolveLink(files, target)))
      if (!ok) push(`${rel} 的链接指向不存在的页面：${target}`)
    }
  }
  return { pages: html.length, files: files.size, expectedPages: expected.length, errors, inodes }
}

/**
 * A page without its inlined stylesheets: the site's CSS, the same on every page and about half of its bytes, holds
 * no content (the personal-data scan of a cold build spent half its time on it).
 */
export function withoutStyles(html: string): string {
  let out = ''
  let from = 0
  for (let open = html.indexOf('<style', from); open >= 0; open = html.indexOf('<style', from)) {
    const close = html.indexOf('</style>', open)
    if (close < 0) break
    out += html.slice(from, open)
    from = close + '</style>'.length
  }
  return from ? out + html.slice(from) : html
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
