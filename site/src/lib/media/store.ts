/**
 * The files of the site's uploads, copied into the build under content-hashed names (/media/<hash>.<ext>, cached
 * for a year: content-types/static-files.ts). Images are taken from the sizes the CMS made at upload (sharp,
 * WebP: thumbnail 400×300, card 768 px, wide 1600 px), never the camera original; documents as uploaded.
 *
 * Incremental: a file is read and hashed once. Its hash is remembered in the build cache by the upload's file
 * name, size and last change, and its bytes kept there, so an unchanged image costs one lookup in later builds.
 */
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import type { PublicMedia } from '@lawpoint/content-types'

export type MediaFile = NonNullable<PublicMedia['sizes']>[string]
export type StoredFile = { path: string; width: number | null; height: number | null; bytes: number }

export const mediaUrlPrefix = '/media/'

export class MediaStore {
  private readonly index: Record<string, string>
  private readonly indexFile: string
  private readonly filesDir: string
  /** Every file the build uses: public name → cached file. */
  readonly used = new Map<string, string>()

  constructor(
    cacheDir: string,
    /** Where the CMS keeps uploads (its MEDIA_DIR); a file not there is fetched from its URL. */
    private readonly sourceDir: string,
  ) {
    this.filesDir = join(cacheDir, 'files')
    this.indexFile = join(cacheDir, 'index.json')
    mkdirSync(this.filesDir, { recursive: true })
    this.index = existsSync(this.indexFile) ? (JSON.parse(readFileSync(this.indexFile, 'utf8')) as Record<string, string>) : {}
  }

  /** The file's public URL in the build, reading and hashing it only when the cache does not know it. */
  async store(doc: PublicMedia, file: MediaFile): Promise<StoredFile> {
    const filename = file.filename!
    const key = `${filename}|${file.filesize ?? ''}|${doc.updatedAt}`
    let name = this.index[key]
    if (!name || !existsSync(join(this.filesDir, name))) {
      const bytes = await this.read(filename, file.url)
      const ext = (extname(filename).slice(1) || 'bin').toLowerCase().replace(/[^a-z0-9]/g, '')
      name = `${createHash('sha256').update(bytes).digest('hex').slice(0, 20)}.${ext}`
      const target = join(this.filesDir, name)
      if (!existsSync(target)) {
        writeFileSync(`${target}.tmp`, bytes)
        renameSync(`${target}.tmp`, target)
      }
      this.index[key] = name
    }
    this.used.set(name, join(this.filesDir, name))
    return { path: `${mediaUrlPrefix}${name}`, width: file.width ?? null, height: file.height ?? null, bytes: file.filesize ?? 0 }
  }

  private async read(filename: string, url: string | null | undefined): Promise<Buffer> {
    const local = join(this.sourceDir, basename(filename))
    if (existsSync(local)) return readFileSync(local)
    if (url && /^https?:\/\//.test(url)) {
      const res = await fetch(url, { signal: AbortSignal.timeout(30_000) })
      if (res.ok) return Buffer.from(await res.arrayBuffer())
      throw new Error(`[media] 无法取得上传文件 ${filename}：GET ${url} → ${res.status}`)
    }
    throw new Error(`[media] 找不到上传文件 ${filename}：不在 MEDIA_DIR（${resolve(this.sourceDir)}）中，也没有可下载的地址`)
  }

  /**
   * Puts every used file into the build (hard links from the cache) and remembers their hashes for the next build.
   * The cache keeps only what this build uses: a photo staff replaced or removed leaves the publishing host too
   * (builds run one at a time on a cache; older builds keep their own links).
   */
  writeTo(dist: string): number {
    const dir = join(dist, mediaUrlPrefix)
    mkdirSync(dir, { recursive: true })
    for (const [name, from] of this.used) {
      const to = join(dir, name)
      if (existsSync(to)) continue
      try {
        linkSync(from, to)
      } catch {
        copyFileSync(from, to)
      }
    }
    for (const [key, name] of Object.entries(this.index)) if (!this.used.has(name)) delete this.index[key]
    for (const name of readdirSync(this.filesDir)) if (!this.used.has(name)) rmSync(join(this.filesDir, name), { force: true })
    writeFileSync(`${this.indexFile}.tmp`, JSON.stringify(this.index))
    renameSync(`${this.indexFile}.tmp`, this.indexFile)
    return this.used.size
  }
}
