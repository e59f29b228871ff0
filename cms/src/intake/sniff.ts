import { fileTypeFromBuffer } from 'file-type'
import { limits } from '@lawpoint/content-types'

export type Sniffed = { ok: true; mime: string; ext: string } | { ok: false; message: string }

/** The type of an attachment from its content (magic bytes), never from the name or declared type. */
export async function sniffAttachment(data: Uint8Array | Buffer): Promise<Sniffed> {
  if (data.byteLength > limits.attachment.maxBytes)
    return { ok: false, message: `附件不能超过 ${Math.round(limits.attachment.maxBytes / 1024 / 1024)} MB` }
  if (data.byteLength === 0) return { ok: false, message: '附件是空文件' }
  const type = await fileTypeFromBuffer(data)
  if (!type || !(limits.attachment.types as readonly string[]).includes(type.mime))
    return { ok: false, message: '附件只能是 JPG、PNG、WebP 图片或 PDF 文件' }
  return { ok: true, mime: type.mime, ext: type.ext }
}
