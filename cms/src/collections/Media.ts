import type { CollectionConfig, TextFieldSingleValidation } from 'payload'
import { anyone } from '../access/anyone'
import { updateOwnMedia } from '../access/ownMedia'
import { isStaff } from '../access/isStaff'
import { isStaffUser } from '../access/roles'
import { signedIn } from '../access/signedIn'
import { staffOrVolunteer } from '../access/staffOrVolunteer'
import { env } from '../env'
import { siteBuildAfterMediaChange, siteBuildAfterMediaDelete } from '../publishing/hooks'
import { guide } from '../fields/guides'

const webp = { format: 'webp', options: { quality: 80 } } as const

/** Alt text must describe the picture: not blank, not the camera's file name (IMG_1234.jpg). */
const describesTheFile: TextFieldSingleValidation = (value) => {
  const text = (value ?? '').trim()
  if (!text) return '请填写替代文字：用一句话描述图片内容（PDF 填写文件标题）。'
  if (/^[\w\s.-]+\.(jpe?g|png|webp|gif|heic|pdf)$/i.test(text) || /^(IMG|DSC|MMEXPORT|WX)[_\s-]?\d+/i.test(text))
    return '替代文字不能是文件名，请描述图片里是什么，例如“志愿者在广场为居民讲解宪法”。'
  return true
}

/** Public images (resized by sharp) and PDF attachments of consultations. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '媒体文件', plural: '图片与附件' },
  admin: {
    group: '内容',
    // Where a document shows its cover or attachments, the list names the file by what it shows.
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
    description: `文章、活动用的图片和征集草案的 PDF。${guide.publicFile}`,
  },
  access: { read: anyone, create: staffOrVolunteer, update: updateOwnMedia, delete: isStaff },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        if (operation === 'create' && req.user && (!data.uploadedBy || !isStaffUser(req.user))) data.uploadedBy = req.user.id
        return data
      },
    ],
    afterChange: [siteBuildAfterMediaChange],
    afterDelete: [siteBuildAfterMediaDelete],
  },
  upload: {
    staticDir: env.MEDIA_DIR,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'],
    // The sizes the public site shows (site/src/lib/media/): WebP, the crop for lists and galleries, the phone
    // width, the wide screen. Payload applies formatOptions to the original only, so each size names its own.
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre', formatOptions: webp },
      { name: 'card', width: 768, formatOptions: webp, withoutEnlargement: true },
      { name: 'wide', width: 1600, formatOptions: webp, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: webp,
    // A camera's 4000-px original is kept at 2400 px: the site never shows more, and the disk fills slower.
    resizeOptions: { width: 2400, withoutEnlargement: true },
    focalPoint: true,
  },
  fields: [
    {
      name: 'alt',
      label: '替代文字',
      type: 'text',
      required: true,
      maxLength: 200,
      validate: describesTheFile,
      admin: {
        description: '必填。网站上每张图片都配有这段文字：读屏软件把它念给视障居民听，图片加载不出时也会显示。请用一句话写清图片里是什么，例如“律师在社区讲台上讲解高空抛物案例”。PDF 等文件填写文件标题，网站下载链接就用这个标题。',
      },
    },
    { name: 'caption', label: '图片说明', type: 'text', maxLength: 200, admin: { description: '选填，显示在图片下方，例如时间、地点。' } },
    {
      name: 'uploadedBy',
      label: '上传账号',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
      // Accounts are not public: the site and anonymous API callers get the file, never who uploaded it.
      access: { read: signedIn, update: () => false },
    },
  ],
}
