/** The uploads' files in the build: found in every place the snapshot carries them, hashed once, copied whole. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { PublicMedia, SiteSnapshot } from '@lawpoint/content-types'
import { collectMedia, richTextUploads } from '../src/lib/media/collect'
import { MediaStore } from '../src/lib/media/store'
import { mediaHtml } from '../src/lib/media/html'
import { renderRichText } from '../src/lib/richtext'

const snapshot = JSON.parse(readFileSync(new URL('./fixtures/snapshot.json', import.meta.url), 'utf8')) as SiteSnapshot

const doc = (id: number, filename: string, updatedAt = '2026-10-01T00:00:00.000Z'): PublicMedia => ({
  id, filename, alt: `图 ${id}`, caption: null, mimeType: 'image/webp', filesize: 3, width: 10, height: 10, url: null, sizes: {}, createdAt: updatedAt, updatedAt,
})

describe('collectMedia', () => {
  it('finds covers, galleries, event photos, attachments and pictures inside rich text, each once', () => {
    const found = collectMedia(snapshot)
    const ids = found.map((m) => m.id)
    expect(new Set(ids).size).toBe(ids.length)
    // 12 recap photos (one also inside a news body), 2 event photos, news and lecture covers, 2 PDFs.
    expect(found).toHaveLength(18)
    expect(found.filter((m) => m.mimeType === 'application/pdf').map((m) => m.alt)).toEqual(['江门市养犬管理条例（草案）全文', '关于《江门市养犬管理条例（草案）》的起草说明'])
    expect(richTextUploads(snapshot.news.find((n) => n.id === 2)!.body).map((m) => m.id)).toEqual([101])
  })
})

describe('MediaStore', () => {
  function setup() {
    const root = mkdtempSync(join(tmpdir(), 'lawpoint-media-'))
    const source = join(root, 'uploads')
    mkdirSync(source)
    writeFileSync(join(source, 'a.webp'), 'AAA')
    writeFileSync(join(source, 'b.webp'), 'AAA')
    return { root, source, cache: join(root, 'cache') }
  }

  it('names files by their content and copies each once into the build', async () => {
    const { root, source, cache } = setup()
    const store = new MediaStore(cache, source)
    const a = await store.store(doc(1, 'a.webp'), doc(1, 'a.webp'))
    const b = await store.store(doc(2, 'b.webp'), doc(2, 'b.webp'))
    expect(a.path).toMatch(/^\/media\/[0-9a-f]{20}\.webp$/)
    // Same bytes, same name: one file.
    expect(b.path).toBe(a.path)
    const dist = join(root, 'dist')
    expect(store.writeTo(dist)).toBe(1)
    expect(readFileSync(join(dist, a.path)).toString()).toBe('AAA')
    rmSync(root, { recursive: true, force: true })
  })

  it('does not read an unchanged upload again in the next build, and reads a changed one', async () => {
    const { root, source, cache } = setup()
    const first = new MediaStore(cache, source)
    const before = await first.store(doc(1, 'a.webp'), doc(1, 'a.webp'))
    first.writeTo(join(root, 'dist1'))
    // The next build: the source is gone, yet the unchanged upload is served from the cache, unread.
    rmSync(join(source, 'a.webp'))
    const second = new MediaStore(cache, source)
    expect((await second.store(doc(1, 'a.webp'), doc(1, 'a.webp'))).path).toBe(before.path)
    // Staff replaced the file (the upload changed): it is read again, and missing, named in the error.
    await expect(second.store(doc(1, 'a.webp', '2026-11-01T00:00:00.000Z'), doc(1, 'a.webp', '2026-11-01T00:00:00.000Z'))).rejects.toThrow(/找不到上传文件 a\.webp/)
    writeFileSync(join(source, 'a.webp'), 'BBB')
    const changed = await second.store(doc(1, 'a.webp', '2026-11-01T00:00:00.000Z'), doc(1, 'a.webp', '2026-11-01T00:00:00.000Z'))
    expect(changed.path).not.toBe(before.path)
    second.writeTo(join(root, 'dist2'))
    expect(existsSync(join(root, 'dist2', changed.path))).toBe(true)
    // Linked, not copied, where the file system allows: the build costs no second copy of each photo.
    expect(statSync(join(root, 'dist2', changed.path)).nlink).toBeGreaterThanOrEqual(2)
    // The next build shows only the new file: the replaced photo leaves the cache (and so the publishing host).
    const third = new MediaStore(cache, source)
    await third.store(doc(1, 'a.webp', '2026-11-01T00:00:00.000Z'), doc(1, 'a.webp', '2026-11-01T00:00:00.000Z'))
    third.writeTo(join(root, 'dist3'))
    expect(readdirSync(join(cache, 'files'))).toEqual([changed.path.slice('/media/'.length)])
    expect(Object.values(JSON.parse(readFileSync(join(cache, 'index.json'), 'utf8')))).toEqual([changed.path.slice('/media/'.length)])
    rmSync(root, { recursive: true, force: true })
  })
})

describe('uploads inside rich text', () => {
  const image = { kind: 'image' as const, id: 1, alt: '讲座现场 "全景"', caption: '10月24日', src: '/media/a.webp', width: 768, height: 576, srcset: '/media/a.webp 768w, /media/b.webp 1600w', thumb: { src: '/media/t.webp', width: 400, height: 300 }, large: { src: '/media/b.webp', width: 1600, height: 1200 } }
  const pdf = { kind: 'document' as const, id: 2, title: '草案<全文>', href: '/media/c.pdf', bytes: 1_300_000, typeLabel: 'PDF', downloadName: '草案<全文>.pdf' }
  const body = { root: { children: [{ type: 'upload', value: { id: 1 } }, { type: 'upload', value: { id: 2 } }, { type: 'upload', value: { id: 3 } }] } }
  const lookup = (value: unknown) => {
    const id = (value as { id: number }).id
    return id === 1 ? mediaHtml(image) : id === 2 ? mediaHtml(pdf) : null
  }

  it('renders a picture as a figure with srcset, size and escaped alt; a document as a download link with type and size', () => {
    const html = renderRichText(body, { upload: lookup })
    expect(html).toContain('<figure><img src="/media/a.webp" srcset="/media/a.webp 768w, /media/b.webp 1600w"')
    expect(html).toContain('width="768" height="576" alt="讲座现场 &quot;全景&quot;" loading="lazy"')
    expect(html).toContain('<figcaption>10月24日</figcaption>')
    expect(html).toContain('<a href="/media/c.pdf" download="草案&lt;全文&gt;.pdf">草案&lt;全文&gt;</a> <span class="muted text-sm">（PDF，1.2 MB）</span>')
    // An upload the build does not know (not public) leaves nothing behind.
    expect(html.match(/<figure>|<a /g)).toHaveLength(2)
  })
})
