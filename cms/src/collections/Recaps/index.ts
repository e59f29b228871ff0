import type { CollectionConfig } from 'payload'
import { reviewStates } from '@lawpoint/content-types'
import { isStaff } from '../../access/isStaff'
import { readRecaps, readRecapVersions, readReviewNotes, readReviewState, updateRecaps } from '../../access/ownRecaps'
import { isStaffUser } from '../../access/roles'
import { staffOrVolunteer } from '../../access/staffOrVolunteer'
import { selectOptions } from '../../fields/options'
import { publishedAtField } from '../../fields/publishedAt'
import { richTextField } from '../../fields/richText'
import { slugField } from '../../fields/slug'
import { setPublishedAt } from '../../hooks/setPublishedAt'
import { keepVolunteersFromPublishing, recordAuthor } from './hooks/authorship'
import { applyReview, refuseHandEdit, startReviewAfresh } from './hooks/review'
import { reviewEndpoints } from './endpoints'
import { draftVersions } from '../../access/publicContent'

const components = '/collections/Recaps/admin'
/** A review field: written by the review actions only (hooks/review.ts), shown read-only. */
const reviewHooks = { beforeValidate: [refuseHandEdit], beforeDuplicate: [startReviewAfresh] }
const timestamp = { date: { pickerAppearance: 'dayAndTime' as const, displayFormat: 'yyyy-MM-dd HH:mm' } }

/**
 * Event recaps (活动回顾), written by volunteers and published by editors after review: a volunteer clicks 提交审核
 * (instead of the publish button, which only staff see), an editor finds it under 待审核 (list and dashboard) and
 * publishes it or returns it with a comment the volunteer reads at the top of the form. The rules: review.ts.
 */
export const Recaps: CollectionConfig = {
  slug: 'recaps',
  labels: { singular: '活动回顾', plural: '活动回顾' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'reviewState', 'publishedAt', '_status'],
    group: '活动',
    description: '志愿者写好活动回顾后点“提交审核”，编辑审核后发布到网站，或写明意见退回修改。发布前，网站上看不到它。',
    components: {
      beforeList: [`${components}/PendingReviewLinks#PendingReviewLinks`],
      edit: { PublishButton: `${components}/ReviewButtons#RecapPublishButton` },
    },
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
  endpoints: reviewEndpoints,
  hooks: { beforeChange: [recordAuthor, keepVolunteersFromPublishing, applyReview, setPublishedAt] },
  fields: [
    // Where the recap stands, the editor's comment, and what happens next, at the top of the form.
    { name: 'reviewPanel', type: 'ui', admin: { components: { Field: `${components}/ReviewPanel#ReviewPanel` } } },
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
      index: true,
      options: selectOptions(reviewStates),
      access: { read: readReviewState },
      hooks: reviewHooks,
      admin: { position: 'sidebar', readOnly: true, description: '由“提交审核”“退回修改”和发布自动改变。' },
    },
    {
      name: 'submittedAt',
      label: '提交审核时间',
      type: 'date',
      access: { read: readReviewNotes },
      hooks: reviewHooks,
      // Shown by the review panel (in Beijing time), like the comment and reviewedAt below.
      admin: { readOnly: true, ...timestamp, condition: () => false },
    },
    {
      name: 'reviewComment',
      label: '退回意见',
      type: 'textarea',
      access: { read: readReviewNotes },
      hooks: reviewHooks,
      admin: { readOnly: true, condition: () => false },
    },
    {
      name: 'reviewedBy',
      label: '审核编辑',
      type: 'relationship',
      relationTo: 'users',
      access: { read: readReviewNotes },
      hooks: reviewHooks,
      // Volunteers cannot read staff accounts: the panel names the action and time instead.
      admin: { position: 'sidebar', readOnly: true, condition: (data, _s, { user }) => Boolean(data?.reviewedBy) && isStaffUser(user as never) },
    },
    {
      name: 'reviewedAt',
      label: '审核时间',
      type: 'date',
      access: { read: readReviewNotes },
      hooks: reviewHooks,
      admin: { readOnly: true, ...timestamp, condition: () => false },
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
