import type { CollectionConfig } from 'payload'
import { anyone } from '../access/anyone'
import { updateOwnMedia } from '../access/ownMedia'
import { isStaff } from '../access/isStaff'
import { staffOrVolunteer } from '../access/staffOrVolunteer'
import { env } from '../env'
import { siteBuildAfterMediaChange, siteBuildAfterMediaDelete } from '../publishing/hooks'

/** Public images (resized by sharp) and PDF attachments of consultations. */
export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: '媒体文件', plural: '图片与附件' },
  admin: { group: '内容', defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'] },
  access: { read: anyone, create: staffOrVolunteer, update: updateOwnMedia, delete: isStaff },
  hooks: {
    beforeChange: [
      ({ data, operation, req }) => {
        if (operation === 'create' && req.user && !data.uploadedBy) data.uploadedBy = req.user.id
        return data
      },
    ],
    afterChange: [siteBuildAfterMediaChange],
    afterDelete: [siteBuildAfterMediaDelete],
  },
  upload: {
    staticDir: env.MEDIA_DIR,
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 768 },
      { name: 'wide', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
    formatOptions: { format: 'webp', options: { quality: 80 } },
    focalPoint: true,
  },
  fields: [
    { name: 'alt', label: '替代文字', type: 'text', required: true, admin: { description: '为视障读者描述图片内容；PDF 填写文件标题' } },
    { name: 'caption', label: '图片说明', type: 'text' },
    {
      name: 'uploadedBy',
      label: '上传账号',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
      access: { update: () => false },
    },
  ],
}
