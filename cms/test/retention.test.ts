/** The daily retention job: personal fields past the period go, and so do attachment files no opinion holds. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { deleteOrphanAttachments, retentionTask } from '../src/privacy/retention'
import { testPayload } from './helpers'

const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

let payload: Payload
beforeAll(async () => {
  payload = await testPayload()
})

const upload = () =>
  payload.create({ collection: 'opinion-attachments', data: {}, file: { data: png, mimetype: 'image/png', name: 'photo.png', size: png.byteLength }, overrideAccess: true })
const exists = async (id: number) => (await payload.find({ collection: 'opinion-attachments', where: { id: { equals: id } }, overrideAccess: true })).totalDocs === 1

describe('retention job', () => {
  it('runs daily inside the CMS, with no outside cron', () => {
    expect(retentionTask.schedule?.[0]?.cron).toBe('0 30 19 * * *')
    expect(payload.config.jobs.tasks?.some((t) => t.slug === 'retention')).toBe(true)
  })

  it('deletes an attachment no opinion holds, keeps the ones in use and any upload younger than an hour', async () => {
    const orphan = await upload()
    const used = await upload()
    await payload.create({
      collection: 'opinions',
      data: { kind: 'governance', content: '带附件的意见内容', channel: 'online', attachment: used.id } as never,
      overrideAccess: true,
    })
    // Now: both were just uploaded, so neither is taken.
    await deleteOrphanAttachments(payload)
    expect(await exists(orphan.id)).toBe(true)
    // Two hours later the orphan goes; the file an opinion points at stays.
    const deleted = await deleteOrphanAttachments(payload, new Date(Date.now() + 2 * 3_600_000))
    expect(deleted).toBeGreaterThanOrEqual(1)
    expect(await exists(orphan.id)).toBe(false)
    expect(await exists(used.id)).toBe(true)
  })
})
