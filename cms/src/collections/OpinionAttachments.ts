import path from 'node:path'
import type { CollectionBeforeValidateHook, CollectionConfig } from 'payload'
import { limits } from '@lawpoint/content-types'
import { nobody } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { createdAtField } from '../fields/locked'
import { guide } from '../fields/guides'
import { env } from '../env'
import { sniffAttachment } from '../intake/sniff'
import type { OpinionAttachment } from '@lawpoint/content-types'

/** Outside the public media folder: these files are served only through Payload's access-checked file route. */
export const privateUploadsDir = env.PRIVATE_UPLOADS_DIR

/** The declared type is never trusted: the type comes from the file's first bytes. */
const sniffUpload: CollectionBeforeValidateHook<OpinionAttachment> = async ({ req, operation }) => {
  const file = req.file
  if (!file || operation !== 'create') return
  const sniffed = await sniffAttachment(file.data)
  if (!sniffed.ok) throw Object.assign(new Error(sniffed.message), { status: 400 })
  file.mimetype = sniffed.mime
  file.name = `${path.parse(file.name || 'attachment').name.replace(/[^\w.-]+/g, '_').slice(0, 40) || 'attachment'}.${sniffed.ext}`
}

/** Photos of handwritten opinions and PDFs sent with an opinion. Personal data: staff only, never public. */
export const OpinionAttachments: CollectionConfig = {
  slug: 'opinion-attachments',
  labels: { singular: '意见附件', plural: '意见附件' },
  admin: {
    group: '群众来件',
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'mimeType', 'filesize', 'createdAt'],
    hidden: ({ user }) => !['admin', 'editor'].includes((user as { role?: string })?.role ?? ''),
    description: `群众随意见提交的照片和 PDF，是办理的原始凭据：不公开、不能替换。${guide.personal}`,
  },
  // The file is evidence of what a resident sent: never replaced or renamed once stored.
  access: { read: isStaff, create: isStaff, update: nobody, delete: isStaff },
  hooks: { beforeValidate: [sniffUpload] },
  upload: {
    staticDir: privateUploadsDir,
    mimeTypes: [...limits.attachment.types],
    filesRequiredOnCreate: true,
    // No public URL, no resized copies: the original is evidence.
    disableLocalStorage: false,
  },
  fields: [{ name: 'note', label: '说明', type: 'text', admin: { description: '内部说明，如“英南村采集点纸质意见第 2 页”' } }, createdAtField()],
}
