import type { CollectionConfig } from 'payload'
import { reviewStates } from '@lawpoint/content-types'
import { isStaff } from '../../access/isStaff'
import { readRecaps, readRecapVersions, updateRecaps } from '../../access/ownRecaps'
import { staffOrVolunteer } from '../../access/staffOrVolunteer'
import { selectOptions } from '../../fields/options'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { setPublishedAt } from '../../hooks/setPublishedAt'
import { keepVolunteersFromPublishing, recordAuthor } from './hooks/authorship'
import { draftVersions } from '../../access/publicContent'

/** Event recaps (活动回顾), written by volunteers and published by editors after review. */
export const Recaps: CollectionConfig = {
  slug: 'recaps',
  labels: { singular: '活动回顾', plural: '活动回顾' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'reviewState', 'publishedAt', '_status'],
    group: '活动',
    description: '志愿者撰写后将“审核状态”设为“已提交审核”并保存草稿，由编辑审核发布。',
  },
  access: {
    read: readRecaps,
    create: staffOrVolunteer,
    update: updateRecaps,
    delete: isStaff,
    readVersions: readRecapVersions,
  },
  versions: draftVersions,
  defaultSort: '-publishedAt',
  hooks: { beforeChange: [recordAuthor, keepVolunteersFromPublishing, setPublishedAt] },
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        { name: 'lecture', label: '关联讲座', type: 'relationship', relationTo: 'lectures' },
        { name: 'squareEvent', label: '关联广场活动', type: 'relationship', relationTo: 'square-events' },
      ],
    },
    { name: 'summary', label: '摘要', type: 'textarea', maxLength: 300 },
    { name: 'gallery', label: '活动照片', type: 'upload', relationTo: 'media', hasMany: true },
    richTextField('body', '正文', true),
    {
      name: 'reviewState',
      label: '审核状态',
      type: 'select',
      defaultValue: 'writing',
      options: selectOptions(reviewStates),
      admin: { position: 'sidebar' },
    },
    { name: 'byline', label: '署名', type: 'text', defaultValue: '江海区立法联系点志愿者', admin: { position: 'sidebar' } },
    {
      name: 'author',
      label: '撰写账号',
      type: 'relationship',
      relationTo: 'users',
      admin: { position: 'sidebar', readOnly: true },
      access: { update: () => false },
    },
    publishedAtField(),
    slugField(),
  ],
}
