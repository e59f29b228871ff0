import type { CollectionConfig } from 'payload'
import { opinionChannels, opinionKinds, opinionStatuses, subjectAreas, submitterIdentities } from '@lawpoint/content-types'
import { isStaff, isStaffField } from '../../access/isStaff'
import { createOpinions, personalFieldAccess, readOpinions, updateOpinions } from '../../access/opinions'
import { dateTimeField } from '../../fields/dateTime'
import { selectOptions } from '../../fields/options'
import { assignReceipt, stampOfflineEntry } from './hooks/receipt'

const staffOnly = { read: isStaffField, update: isStaffField, create: isStaffField }

/** Opinions and suggestions (意见建议): on a consultation's draft or one of its articles, or on standing topics. */
export const Opinions: CollectionConfig = {
  slug: 'opinions',
  labels: { singular: '意见建议', plural: '意见建议' },
  admin: {
    useAsTitle: 'receipt',
    defaultColumns: ['receipt', 'kind', 'consultation', 'articleLabel', 'identity', 'channel', 'status', 'duplicateOf', 'createdAt'],
    group: '群众来件',
  },
  access: { read: readOpinions, create: createOpinions, update: updateOpinions, delete: isStaff },
  // Personal fields (privacy/personalFields.ts): staff, and the liaison who typed them in; never volunteers.
  custom: { personalFieldAccess: { read: personalFieldAccess } },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [stampOfflineEntry, assignReceipt] },
  fields: [
    {
      name: 'receipt',
      label: '回执编号',
      type: 'text',
      unique: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'kind', label: '意见类别', type: 'select', required: true, defaultValue: 'consultation', index: true, options: selectOptions(opinionKinds) },
        {
          name: 'consultation',
          label: '所涉草案',
          type: 'relationship',
          relationTo: 'consultations',
          index: true,
          admin: { condition: (data) => data?.kind === 'consultation' },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'articleNumber', label: '针对条文序号', type: 'number', min: 1, admin: { description: '留空表示对草案整体提意见' } },
        { name: 'articleLabel', label: '针对条文', type: 'text' },
      ],
    },
    { name: 'content', label: '意见内容', type: 'textarea', required: true, minLength: 5, maxLength: 5000 },
    {
      type: 'collapsible',
      label: '提交人信息（个人信息，仅工作人员可见）',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', label: '姓名', type: 'text', maxLength: 50 },
            {
              name: 'phone',
              label: '手机号码',
              type: 'text',
              maxLength: 20,
              index: true,
              // Liaisons type a phone in once; only staff may correct it.
              access: { update: isStaffField },
              admin: { description: '列表中只显示前三位和后四位' },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'identity', label: '身份', type: 'select', options: selectOptions(submitterIdentities) },
        { name: 'locality', label: '所在街道 / 村（社区）', type: 'text', maxLength: 60 },
      ],
    },
    {
      name: 'attachment',
      label: '附件（手写意见照片或 PDF，不公开）',
      type: 'upload',
      relationTo: 'opinion-attachments',
    },
    { name: 'showPublicly', label: '同意隐去姓名后公开意见内容', type: 'checkbox', defaultValue: false },
    { name: 'consent', label: '已阅读并同意隐私说明', type: 'checkbox', defaultValue: false },
    {
      type: 'row',
      fields: [
        { name: 'channel', label: '收集渠道', type: 'select', required: true, defaultValue: 'online', options: selectOptions(opinionChannels) },
        { name: 'collectionPoint', label: '信息采集点', type: 'relationship', relationTo: 'collection-points', index: true },
        dateTimeField('gatheredAt', '线下收集日期'),
      ],
    },
    {
      name: 'enteredBy',
      label: '录入账号',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true, position: 'sidebar' },
      access: { update: () => false, read: isStaffField },
    },
    {
      type: 'collapsible',
      label: '办理',
      fields: [
        { name: 'status', label: '办理状态', type: 'select', required: true, defaultValue: 'received', index: true, options: selectOptions(opinionStatuses), access: { update: isStaffField } },
        { name: 'category', label: '所属领域', type: 'select', options: selectOptions(subjectAreas) },
        { name: 'summary', label: '归纳摘要', type: 'textarea', admin: { description: '志愿者或工作人员对意见的归纳整理' } },
        { name: 'duplicateOf', label: '与此意见重复', type: 'relationship', relationTo: 'opinions', access: { update: isStaffField } },
        { name: 'staffNote', label: '内部备注', type: 'textarea', access: staffOnly },
        { name: 'feedback', label: '办理 / 采纳反馈（回执查询可见）', type: 'textarea', maxLength: 2000, access: { update: isStaffField } },
        {
          name: 'rewardIssued',
          label: '已按计划给予采纳奖励',
          type: 'checkbox',
          defaultValue: false,
          access: staffOnly,
          admin: { condition: (data) => data?.status === 'adopted' },
        },
        dateTimeField('personalDataErasedAt', '个人信息已按保存期限删除', { admin: { readOnly: true } }),
      ],
    },
  ],
}
