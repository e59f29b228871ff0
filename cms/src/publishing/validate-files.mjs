/**
 * The per-file half of a build's validation (validate.ts holds the rest): walk part of the output, stat each
 * text file, scan it for personal data and collect its internal links. Plain JavaScript without imports, so that
 * worker threads (validate-worker.mjs) can run it outside Next's bundle; the CMS imports the same functions.
 */
import fs from 'node:fs'

const textFile = /\.(html?|xml|json|txt|js|mjs|css|svg|webmanifest|ics|csv)$/i
/** Pagefind's own UI bundles (third-party code, with its translators' e-mail credits), not content. */
const vendorFile = /^pagefind(?:-shards\/[^/]+)?\/[^/]+\.(js|css)$/
const mobile = /(?<![\w.%-])(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}(?![\w])/g
const idCard = /(?<![\w])[1-9]\d{5}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\w])/g
// Found from the '@' outwards: a regex starting with the local part tries every position of every long
// alphanumeric run (the search tokens on each page), which made it the slowest check of the build.
const emailDomain = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.([A-Za-z]{2,})(?![\w])/g
const localPartChar = /[A-Za-z0-9._%+-]/
const assetExt = /^(png|jpe?g|webp|avif|gif|svg|js|mjs|css|woff2?|ico)$/i
const linkAttr = /\s(?:href|src)="(\/[^"#?]*)(?:[?#][^"]*)?"/g

/** E-mail addresses in a text, with their top-level domain. */
function* emails(text) {
  for (const m of text.matchAll(emailDomain)) {
    let start = m.index
    while (start > 0 && localPartChar.test(text[start - 1])) start--
    if (start < m.index) yield { address: text.slice(start, m.index + m[0].length), tld: m[1] }
  }
}

/** ISO 7064 check digit: real ID numbers pass it, random 18-digit numbers mostly do not. */
function idChecksumOk(id) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  const sum = w.reduce((acc, wi, i) => acc + wi * Number(id[i]), 0)
  return '10X98765432'[sum % 11] === id[17]?.toUpperCase()
}

/** @param {string} s */
export const digits = (s) => s.replace(/\D/g, '')
const mask = (s) => (s.length <= 4 ? '****' : `${s.slice(0, 3)}****${s.slice(-2)}`)

/**
 * Personal data in one text, as descriptions of what was found.
 * @param {string} text
 * @param {Set<string>} allow the contact point's own phone and e-mail (lower case; phones also as their last 11 digits)
 * @param {string[]} forbidden contact details from the CMS that must never appear
 * @returns {string[]}
 */
export function findPersonalData(text, allow, forbidden) {
  const found = []
  for (const m of text.matchAll(mobile)) if (!allow.has(digits(m[0]).slice(-11))) found.push(`手机号 ${mask(m[0])}`)
  for (const m of text.matchAll(idCard)) if (idChecksumOk(m[0])) found.push(`身份证号 ${mask(m[0])}`)
  for (const { address, tld } of emails(text)) {
    if (assetExt.test(tld) || allow.has(address.toLowerCase())) continue
    found.push(`电子邮箱 ${mask(address)}`)
  }
  for (const f of forbidden) if (text.includes(f)) found.push(`CMS 中的个人联系方式 ${mask(f)}`)
  return found
}

/**
 * A page without its inlined stylesheets: the site's CSS, the same on every page and about half of its bytes, holds
 * no content (the personal-data scan of a cold build spent half its time on it).
 * @param {string} html
 */
export function withoutStyles(html) {
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

/**
 * Every file under `dir`/`rel`, as a '/'-separated path relative to `dir`. Plain concatenation: with path.join and
 * path.relative per entry, the walk of the whole library's build (23,500 folders) took twice as long.
 * @param {string} dir @param {string} rel a folder ('' or ending in '/') @param {string[]} out
 */
function walk(dir, rel, out) {
  for (const entry of fs.readdirSync(`${dir}/${rel}`, { withFileTypes: true })) {
    if (entry.isDirectory()) walk(dir, `${rel}${entry.name}/`, out)
    else out.push(rel + entry.name)
  }
  return out
}

/**
 * @typedef {{ names: string, inodes: Float64Array }} InodeList
 *   Text files and their inodes: names joined by '\n' and a typed array, so that passing 47,000 of them between
 *   threads copies two blocks instead of 47,000 strings.
 * @typedef {{ dir: string, items: string[], next: Int32Array, allow: string[], forbidden: string[],
 *   previousDist?: string, knownInodes?: InodeList, maxErrors: number }} ScanTask
 *   items: folders ('…/', walked whole) and files, shared by every thread, each taking the next one not yet
 *   taken (`next`, on shared memory) until none is left: threads that get small folders take more of them.
 *   knownInodes: the previous build's, when this process validated it (saves a stat per file there).
 * @typedef {{ files: string, inodes: InodeList, errors: string[], links: [string, string][] }} ScanResult
 *   files: every file's name, joined by '\n'; links: each internal link target with the first file that has it.
 */

/**
 * A string that does not hold on to the one it was cut from: a regex match is a slice of the whole page, so keeping
 * each new link target kept every page's text alive, and collecting the garbage took two thirds of a cold validation.
 * (The site's search extraction has the same one-liner, site/src/lib/search/extract.ts: this file imports nothing.)
 * @param {string} s
 */
const copyOf = (s) => (` ${s}`).slice(1)

/** @param {string[]} names @param {number[]} inodes @returns {InodeList} */
const inodeList = (names, inodes) => ({ names: names.join('\n'), inodes: Float64Array.from(inodes) })

/** @param {InodeList} list @returns {Map<string, number>} */
export function inodeMap(list) {
  const map = new Map()
  if (!list.names) return map
  list.names.split('\n').forEach((name, i) => map.set(name, list.inodes[i]))
  return map
}

/**
 * Walks and scans this thread's share of a build. A file hard-linked from the previous, validated build is the
 * same bytes: it is not read again.
 * @param {ScanTask} task @returns {ScanResult}
 */
export function scanShare(task) {
  const { dir, items, next, allow: allowList, forbidden, previousDist, maxErrors } = task
  const allow = new Set(allowList)
  const known = task.knownInodes && inodeMap(task.knownInodes)
  const files = []
  for (let i = Atomics.add(next, 0, 1); i < items.length; i = Atomics.add(next, 0, 1)) {
    const item = items[i]
    if (item.endsWith('/')) walk(dir, item, files)
    else files.push(item)
  }
  const errors = []
  const textNames = []
  const inodes = []
  const links = new Map()
  const sameAsPrevious = (rel, stat) => {
    if (!previousDist || stat.nlink < 2) return false
    if (known) return known.get(rel) === stat.ino
    try {
      return fs.statSync(`${previousDist}/${rel}`).ino === stat.ino
    } catch {
      return false
    }
  }
  for (const rel of files) {
    if (!textFile.test(rel) || vendorFile.test(rel)) continue
    const full = `${dir}/${rel}`
    const stat = fs.statSync(full)
    textNames.push(rel)
    inodes.push(stat.ino)
    if (sameAsPrevious(rel, stat)) continue
    const text = fs.readFileSync(full, 'utf8')
    for (const item of findPersonalData(withoutStyles(text), allow, forbidden))
      if (errors.length <= maxErrors) errors.push(`${rel} 含有个人信息：${item}`)
    if (!rel.endsWith('.html')) continue
    for (const m of text.matchAll(linkAttr)) if (!m[1].startsWith('//') && !links.has(m[1])) links.set(copyOf(m[1]), rel)
  }
  return { files: files.join('\n'), inodes: inodeList(textNames, inodes), errors, links: [...links] }
}
