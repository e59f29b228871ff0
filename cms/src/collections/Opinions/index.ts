import type { CollectionConfig } from 'payload'
import { opinionChannels, opinionKinds, opinionStatuses, subjectAreas, submitterIdentities } from '@lawpoint/content-types'
import { isStaff, isStaffField } from '../../access/isStaff'
import { classifyOpinionField, createOpinions, offlineEntryField, personalFieldAccess, readOpinions, updateOpinions } from '../../access/opinions'
import { dateTimeField } from '../../fields/dateTime'
import { changedOnlyBy, createdAtField, submitted, systemField } from '../../fields/locked'
import { selectOptions } from '../../fields/options'
import { guide } from '../../fields/guides'
import { assignReceipt, stampOfflineEntry } from './hooks/receipt'

const staffOnly = { read: isStaffField, update: isStaffField, create: isStaffField }
const staffWrites = { create: isStaffField, update: isStaffField }

/** Opinions and suggestions (意见建议): on a consultation's draft or one of its articles, or on standing topics. */
export const Opinions: CollectionConfig = {
  slug: 'opinions',
  labels: { singular: '意见建议', plural: '意见建议' },
  // A copy would carry a resident's name and phone into a record they never sent.
  disableDuplicate: true,
  admin: {
    useAsTitle: 'receipt',
    defaultColumns: ['receipt', 'kind', 'consultation', 'articleLabel', 'identity', 'channel', 'status', 'duplicateOf', 'createdAt'],
    group: '群众来件',
    description: `网上和线下收到的群众意见，不在网站公开。志愿者能整理分类，但看不到姓名、电话；联络员只看本采集点线下收集的。${guide.locked}`,
  },
  access: { read: readOpinions, create: createOpinions, update: updateOpinions, delete: isStaff },
  // Personal fields (privacy/personalFields.ts): staff, and the liaison who typed them in; never volunteers.
  custom: { personalFieldAccess: { read: personalFieldAccess } },
  defaultSort: '-createdAt',
  hooks: { beforeChange: [stampOfflineEntry, assignReceipt] },
  // What the resident sent (and where it came in) is locked once stored: corrections go in the staff note.
  fields: [
    systemField({
      name: 'receipt',
      label: '回执编号',
      type: 'text',
      unique: true,
      index: true,
      admin: { position: 'sidebar', description: '群众凭回执编号和手机号后四位，在网站查询办理状态和答复' },
    }),
    {
      type: 'row',
      fields: [
        submitted({ name: 'kind', label: '意见类别', type: 'select', required: true, defaultValue: 'consultation', index: true, options: selectOptions(opinionKinds) }),
        submitted({
          name: 'consultation',
          label: '所涉草案',
          type: 'relationship',
          relationTo: 'consultations',
          index: true,
          admin: { condition: (data) => data?.kind === 'consultation' },
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        submitted({ name: 'articleNumber', label: '针对条文序号', type: 'number', min: 1, admin: { description: '留空表示对草案整体提意见' } }),
        submitted({ name: 'articleLabel', label: '针对条文', type: 'text' }),
      ],
    },
    submitted({ name: 'content', label: '意见内容', type: 'textarea', required: true, minLength: 5, maxLength: 5000 }),
    {
      type: 'collapsible',
      label: '提交人信息（个人信息，仅工作人员可见）',
      admin: { description: guide.personal },
      fields: [
        {
          type: 'row',
          fields: [
            submitted({ name: 'name', label: '姓名', type: 'text', maxLength: 50 }),
            submitted({ name: 'phone', label: '手机号码', type: 'text', maxLength: 20, index: true, admin: { description: '列表中只显示前三位和后四位' } }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        submitted({ name: 'identity', label: '身份', type: 'select', options: selectOptions(submitterIdentities) }),
        submitted({ name: 'locality', label: '所在街道 / 村（社区）', type: 'text', maxLength: 60 }),
      ],
    },
    submitted({ name: 'attachment', label: '附件（手写意见照片或 PDF，不公开）', type: 'upload', relationTo: 'opinion-attachments' }),
    submitted({
      name: 'showPublicly',
      label: '同意隐去姓名后公开意见内容',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: '群众自己的选择：只有勾选的意见，才能在征集结果反馈里引用原文（不写姓名）' },
    }),
    submitted({ name: 'consent', label: '已阅读并同意隐私说明', type: 'checkbox', defaultValue: false }),
    {
      type: 'row',
      fields: [
        // A liaison's entries are stamped offline at their own point (hooks/receipt.ts); only staff move one.
        submitted({ name: 'channel', label: '收集渠道', type: 'select', required: true, defaultValue: 'online', options: selectOptions(opinionChannels) }),
        changedOnlyBy({ name: 'collectionPoint', label: '信息采集点', type: 'relationship', relationTo: 'collection-points', index: true }, isStaffField),
        { ...dateTimeField('gatheredAt', '线下收集日期', { admin: { description: '纸质意见上的日期' } }), access: { update: offlineEntryField } },
      ],
    },
    systemField({ name: 'enteredBy', label: '录入账号', type: 'relationship', relationTo: 'users', admin: { position: 'sidebar' }, access: { read: isStaffField } }),
    {
      type: 'collapsible',
      label: '办理',
      fields: [
        {
          name: 'status',
          label: '办理状态',
          type: 'select',
          required: true,
          defaultValue: 'received',
          index: true,
          options: selectOptions(opinionStatuses),
          access: staffWrites,
          admin: { description: '群众查询回执时能看到' },
        },
        // Volunteers set only these two.
        { name: 'category', label: '所属领域', type: 'select', options: selectOptions(subjectAreas), access: { update: classifyOpinionField } },
        { name: 'summary', label: '归纳摘要', type: 'textarea', admin: { description: '志愿者或工作人员对意见的归纳整理' }, access: { update: classifyOpinionField } },
        { name: 'duplicateOf', label: '与此意见重复', type: 'relationship', relationTo: 'opinions', access: staffWrites, admin: { description: '同一内容重复提交时，选最早的那一条' } },
        { name: 'staffNote', label: '内部备注', type: 'textarea', access: staffOnly, admin: { description: '更正或补充说明写在这里：群众提交的内容保存后不能修改' } },
        {
          name: 'feedback',
          label: '办理 / 采纳反馈（回执查询可见）',
          type: 'textarea',
          maxLength: 2000,
          access: staffWrites,
          admin: { description: '写给提意见的群众看，查询回执时显示为“工作人员答复”' },
        },
        {
          name: 'rewardIssued',
          label: '已按计划给予采纳奖励',
          type: 'checkbox',
          defaultValue: false,
          access: staffOnly,
          admin: { condition: (data) => data?.status === 'adopted' },
        },
        systemField(dateTimeField('personalDataErasedAt', '个人信息已按保存期限删除')),
      ],
    },
    createdAtField(),
  ],
}
