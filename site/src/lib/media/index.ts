/**
 * What pages show of the site's uploads: responsive images and downloadable documents, prepared once per build
 * from the snapshot (collect.ts), their files in the build's /media/ (store.ts). Pages call mediaAssets() and
 * look documents' uploads up by id; the media integration writes the files after the pages.
 */
import { isAbsolute, join, resolve } from 'node:path'
import type { PublicMedia } from '@lawpoint/content-types'
import { env, internalHandoff, onReleaseBuild } from '../env'
import { loadSnapshot } from '../snapshot-source'
import { collectMedia, isMedia } from './collect'
import { MediaStore, type StoredFile } from './store'

type Sized = { src: string; width: number; height: number }
export type SiteImage = {
  kind: 'image'
  id: number
  alt: string
  caption: string | null
  /** The phone-width file (CMS size "card", 768 px), with the wide one in srcset. */
  src: string
  width: number
  height: number
  srcset: string
  /** For galleries and cards: the 400×300 crop, else src. */
  thumb: Sized
  /** The largest file, for the full-screen viewer. */
  large: Sized
}
export type SiteDocument = { kind: 'document'; id: number; title: string; href: string; bytes: number; typeLabel: string; downloadName: string }
export type SiteMedia = SiteImage | SiteDocument

const typeLabels: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG 图片',
  'image/png': 'PNG 图片',
  'image/webp': 'WebP 图片',
  'image/gif': 'GIF 图片',
}

/** Where uploads are read from: MEDIA_DIR; for the test fixture its own media folder; else the CMS's default folder. */
function sourceDir(): string {
  if (env.MEDIA_DIR) return isAbsolute(env.MEDIA_DIR) ? env.MEDIA_DIR : resolve(process.cwd(), env.MEDIA_DIR)
  const snapshot = resolve(process.cwd(), internalHandoff.snapshotFile())
  if (snapshot.startsWith(resolve(process.cwd(), 'test/fixtures'))) return resolve(process.cwd(), 'test/fixtures/media')
  return resolve(process.cwd(), '../cms/media')
}

const usable = (f: { filename?: string | null; width?: number | null } | null | undefined) => Boolean(f?.filename && f.width)

async function prepare(store: MediaStore, doc: PublicMedia): Promise<SiteMedia> {
  if (!doc.mimeType.startsWith('image/')) {
    const file = await store.store(doc, doc)
    const ext = doc.filename.split('.').pop() ?? ''
    const title = doc.alt.trim() || doc.filename
    return { kind: 'document', id: doc.id, title, href: file.path, bytes: file.bytes, typeLabel: typeLabels[doc.mimeType] ?? ext.toUpperCase(), downloadName: `${title}.${ext}` }
  }
  const sizes = doc.sizes ?? {}
  // The CMS makes a size only when the original is larger; a small original stands in for them.
  const widths = [sizes.card, sizes.wide].filter(usable)
  const files: StoredFile[] = []
  for (const f of widths.length ? widths : [doc]) files.push(await store.store(doc, f!))
  const sized = (f: StoredFile): Sized => ({ src: f.path, width: f.width ?? doc.width ?? 0, height: f.height ?? doc.height ?? 0 })
  const main = sized(files[0]!)
  const thumb = usable(sizes.thumbnail) ? sized(await store.store(doc, sizes.thumbnail!)) : main
  return {
    kind: 'image',
    id: doc.id,
    alt: doc.alt,
    caption: doc.caption ?? null,
    ...main,
    srcset: files.map((f) => `${f.path} ${f.width}w`).join(', '),
    thumb,
    large: sized(files.at(-1)!),
  }
}

export type MediaAssets = { get(ref: unknown): SiteMedia | undefined; image(ref: unknown): SiteImage | undefined; store: MediaStore }

const SHARED = Symbol.for('lawpoint.media')
type Shared = { [SHARED]?: { build: string | undefined; assets: Promise<MediaAssets> } }
onReleaseBuild(() => delete (globalThis as Shared)[SHARED])

/** Once per build, shared by every copy of this module in the process (pages and the integration). */
export function mediaAssets(): Promise<MediaAssets> {
  const g = globalThis as Shared
  const build = process.env.LAWPOINT_BUILD_ID
  const shared = g[SHARED]
  if (shared && shared.build === build) return shared.assets
  const assets = (async () => {
    const store = new MediaStore(join(env.ASTRO_CACHE_DIR, 'lawpoint-media'), sourceDir())
    const byId = new Map<number, SiteMedia>()
    for (const doc of collectMedia(await loadSnapshot())) {
      // One unreadable upload must not hold back every publish (an urgent notice among them): it is left out,
      // named in the build log, and its pages show their text without it.
      try {
        byId.set(doc.id, await prepare(store, doc))
      } catch (error) {
        console.warn(`[media] 已略过 ${doc.filename}（${doc.alt}）：${(error as Error).message}`)
      }
    }
    const get = (ref: unknown) => (isMedia(ref) ? byId.get(ref.id) : typeof ref === 'number' ? byId.get(ref) : undefined)
    return {
      get,
      image: (ref: unknown) => {
        const m = get(ref)
        return m?.kind === 'image' ? m : undefined
      },
      store,
    }
  })()
  g[SHARED] = { build, assets }
  return assets
}

/** "1.2 MB", "350 KB": sizes as residents read them on a download link. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1024))} KB`
}
