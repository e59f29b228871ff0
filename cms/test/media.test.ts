/**
 * Uploads staff and volunteers make: every picture needs alt text that describes it (not blank, not a camera file
 * name), and the public never learns which account uploaded a file — not from the API, not from the site's snapshot.
 */
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { recapSchema } from '@lawpoint/content-types'
import { exportSnapshot } from '../src/publishing/snapshot'
import { lexical } from '../src/seed/lexical'
import { makeUsers, password, testPayload } from './helpers'
import { api, login, type Session } from './rest'

let payload: Payload
let volunteer: Session
let editor: Session

beforeAll(async () => {
  payload = await testPayload()
  await makeUsers(payload, 'media')
  volunteer = await login('volunteer-media@test.local', password('volunteer', 'media'))
  editor = await login('editor-media@test.local', password('editor', 'media'))
})

async function upload(alt: string, session: Session, name = 'photo.jpg') {
  const jpeg = await sharp({ create: { width: 900, height: 600, channels: 3, background: '#3a6' } }).jpeg().toBuffer()
  const fd = new FormData()
  fd.set('_payload', JSON.stringify({ alt }))
  fd.set('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), name)
  return api('/api/media', { method: 'POST', body: fd, session })
}

describe('alt text', () => {
  it.each([
    ['', '请填写替代文字'],
    ['   ', '请填写替代文字'],
    ['IMG_20261024_153012.jpg', '不能是文件名'],
    ['DSC01234', '不能是文件名'],
    ['mmexport1700000000000', '不能是文件名'],
  ])('refuses %j with a Chinese message', async (alt, message) => {
    const res = await upload(alt, volunteer)
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain(message)
  })

  it('accepts a description, and refuses to blank it later', async () => {
    const res = await upload('志愿者在广场为居民讲解宪法', volunteer)
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const blanked = await api(`/api/media/${res.body.doc.id}`, { method: 'PATCH', json: { alt: ' ' }, session: editor })
    expect(blanked.status).toBe(400)
  })
})

describe('who uploaded a file', () => {
  it('is shown to signed-in staff, never to the public API or the site snapshot', async () => {
    const up = await upload('居民在意见箱投递书面建议', volunteer)
    expect(up.status).toBe(201)
    const id = up.body.doc.id
    expect((await api(`/api/media/${id}`, { session: editor })).body.uploadedBy).toBeTruthy()
    const anonymous = await api(`/api/media/${id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('uploadedBy')
    expect(anonymous.body.sizes.card.mimeType).toBe('image/webp')

    const recap = await payload.create({ collection: 'recaps', data: { title: '上传者测试回顾', slug: `uploader-${id}`, body: lexical(['正文']), gallery: [id], _status: 'published' } as never })
    const snapshot = await exportSnapshot(payload)
    const exported = snapshot.recaps.find((r) => r.id === recap.id)!
    expect(JSON.stringify(exported.gallery)).not.toContain('uploadedBy')
    // The site's schema accepts it as it is (and would refuse an uploader).
    expect(recapSchema.safeParse(exported).success).toBe(true)
    expect(recapSchema.safeParse({ ...exported, gallery: [{ ...(exported.gallery![0] as object), uploadedBy: 3 }] }).success).toBe(false)
  })
})

describe('who wrote a recap', () => {
  it('is the volunteer who created it, whatever the request says, and it is not public', async () => {
    const other = (await payload.find({ collection: 'users', where: { email: { equals: 'editor-media@test.local' } }, limit: 1 })).docs[0]!
    const res = await api('/api/recaps', { method: 'POST', session: volunteer, json: { title: '冒名测试回顾', body: lexical(['正文']), author: other.id } })
    expect(res.status, JSON.stringify(res.body)).toBe(201)
    const me = (await payload.find({ collection: 'users', where: { email: { equals: 'volunteer-media@test.local' } }, limit: 1 })).docs[0]!
    const stored = await payload.findByID({ collection: 'recaps', id: res.body.doc.id, draft: true, depth: 0 })
    expect(stored.author).toBe(me.id)
    await payload.update({ collection: 'recaps', id: res.body.doc.id, data: { _status: 'published' } as never, context: { seeding: true } })
    const anonymous = await api(`/api/recaps/${res.body.doc.id}`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.body).not.toHaveProperty('author')
  })
})

