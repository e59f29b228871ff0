import type { CollectionConfig } from 'payload'
import { squareKinds } from '@lawpoint/content-types'
import { dateTimeField, notBefore } from '../fields/dateTime'
import { selectOptions } from '../fields/options'
import { placeField } from '../fields/place'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { draftVersions, publicContentAccess } from '../access/publicContent'
import { guide } from '../fields/guides'

/** Activities on the 宪法广场 at 江南广场 and the law squares in village pocket squares. */
export const SquareEvents: CollectionConfig = {
  slug: 'square-events',
  labels: { singular: '广场活动', plural: '宪法广场 / 法治广场活动' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', '_status'],
    group: '活动',
    description: `宪法广场、法治广场的活动，发布后在网站展示（不设报名）。${guide.publishing}`,
  },
  access: publicContentAccess,
  versions: draftVersions,
  defaultSort: '-startsAt',
  fields: [
    { name: 'title', label: '活动名称', type: 'text', required: true, maxLength: 120 },
    { name: 'kind', label: '阵地', type: 'select', required: true, defaultValue: 'constitution', options: selectOptions(squareKinds) },
    {
      type: 'row',
      fields: [
        dateTimeField('startsAt', '开始时间', { required: true, index: true }),
        dateTimeField('endsAt', '结束时间', { validate: notBefore('startsAt', '结束时间不能早于开始时间') }),
      ],
    },
    placeField('place', '活动地点'),
    { name: 'organisers', label: '主办 / 承办单位', type: 'text', hasMany: true },
    { name: 'summary', label: '简介', type: 'textarea', maxLength: 300 },
    richTextField('body', '活动介绍'),
    { name: 'photos', label: '活动照片', type: 'upload', relationTo: 'media', hasMany: true, admin: { description: '在网站公开：避免拍到群众正脸特写和证件、手机号' } },
    slugField(),
  ],
}
