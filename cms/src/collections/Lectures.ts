import type { CollectionConfig } from 'payload'
import { lectureKinds, lectureStates } from '@lawpoint/content-types'
import { dateTimeField, notBefore } from '../fields/dateTime'
import { selectOptions } from '../fields/options'
import { placeField } from '../fields/place'
import { citedArticlesField } from '../fields/citedArticles'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { draftVersions, publicContentAccess } from '../access/publicContent'
import { forgetLookups } from '../intake/lookups'
import { promoteWaitlist } from '../intake/seats'
import { guide } from '../fields/guides'
import type { CollectionAfterChangeHook } from 'payload'
import type { Lecture } from '@lawpoint/content-types'

/** More seats (a larger room) move people up from the waitlist at once. */
const promoteOnMoreSeats: CollectionAfterChangeHook<Lecture> = async ({ doc, previousDoc, operation, req }) => {
  forgetLookups()
  if (operation === 'update' && Number(doc.capacity) > Number(previousDoc?.capacity ?? Infinity)) await promoteWaitlist(req.payload, doc.id, req)
  return doc
}

export const Lectures: CollectionConfig = {
  slug: 'lectures',
  labels: { singular: '讲座', plural: '普法讲座 / 立法讲坛' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'capacity', 'state', '_status'],
    group: '活动',
    description: `发布后网站显示讲座；状态为“按期举行”、在报名时间内、讲座还没开始时，群众可在网站报名，名额满了进入候补。${guide.publishing}`,
  },
  access: publicContentAccess,
  versions: draftVersions,
  hooks: { afterChange: [promoteOnMoreSeats] },
  defaultSort: '-startsAt',
  fields: [
    { name: 'title', label: '讲座名称', type: 'text', required: true, maxLength: 120 },
    {
      type: 'row',
      fields: [
        { name: 'kind', label: '类型', type: 'select', required: true, defaultValue: 'lecture', options: selectOptions(lectureKinds) },
        {
          name: 'state',
          label: '状态',
          type: 'select',
          required: true,
          defaultValue: 'scheduled',
          options: selectOptions(lectureStates),
          admin: { description: '改为“已取消”或“已结束”后网站停止报名' },
        },
      ],
    },
    {
      name: 'speakers',
      label: '主讲人',
      labels: { singular: '主讲人', plural: '主讲人' },
      type: 'array',
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: '姓名', type: 'text', required: true },
            { name: 'title', label: '职务 / 单位', type: 'text' },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        dateTimeField('startsAt', '开始时间', { required: true, index: true }),
        dateTimeField('endsAt', '结束时间', { required: true, validate: notBefore('startsAt', '结束时间不能早于开始时间') }),
      ],
    },
    placeField('venue', '举办地点'),
    {
      name: 'capacity',
      label: '名额',
      type: 'number',
      required: true,
      min: 1,
      max: 5000,
      admin: { description: '可报名的总人数（含同行人数）。增加名额后，候补的人按报名先后自动转为报名成功', step: 1 },
    },
    {
      type: 'row',
      fields: [
        dateTimeField('registrationOpensAt', '报名开始', { admin: { description: '留空：发布后即可报名' } }),
        dateTimeField('registrationClosesAt', '报名截止', {
          validate: notBefore('registrationOpensAt', '报名截止时间不能早于报名开始时间'),
          admin: { description: '留空：讲座开始前都可报名' },
        }),
      ],
    },
    { name: 'summary', label: '简介', type: 'textarea', maxLength: 300 },
    { name: 'cover', label: '封面图片', type: 'upload', relationTo: 'media' },
    richTextField('body', '详细介绍'),
    citedArticlesField('讲座涉及的法条', '讲座讲到的法律条文：网站上的条文页面会链接到本讲座'),
    {
      name: 'exports',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/staff/ExportLinks#LectureExports' } },
    },
    slugField(),
  ],
}
