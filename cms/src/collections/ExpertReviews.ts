import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/isStaff'
import { dateTimeField } from '../fields/dateTime'

/** A professional view asked of an expert from the pool on a consultation's opinions (专家论证意见). Staff only. */
export const ExpertReviews: CollectionConfig = {
  slug: 'expert-reviews',
  labels: { singular: '专家意见', plural: '专家论证意见' },
  admin: {
    useAsTitle: 'topic',
    defaultColumns: ['topic', 'consultation', 'expert', 'state', 'requestedAt'],
    group: '立法联系',
    description: '就某项征集请专家研究群众意见、给出专业意见。仅管理员和编辑可见，不在网站公开。',
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: '-requestedAt',
  fields: [
    { name: 'topic', label: '咨询事项', type: 'text', required: true, maxLength: 200 },
    {
      type: 'row',
      fields: [
        { name: 'consultation', label: '所涉草案', type: 'relationship', relationTo: 'consultations', required: true, index: true },
        { name: 'expert', label: '咨询专家', type: 'relationship', relationTo: 'experts', required: true },
      ],
    },
    {
      name: 'opinions',
      label: '请专家研究的意见',
      type: 'relationship',
      relationTo: 'opinions',
      hasMany: true,
      admin: { description: '按回执编号选择；转给专家时不要附上提意见人的姓名、电话' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'state',
          label: '状态',
          type: 'select',
          required: true,
          defaultValue: 'requested',
          options: [
            { value: 'requested', label: '已发出咨询' },
            { value: 'received', label: '已收到专家意见' },
          ],
        },
        dateTimeField('requestedAt', '咨询日期', { defaultValue: () => new Date().toISOString() }),
        dateTimeField('receivedAt', '回复日期'),
      ],
    },
    { name: 'question', label: '咨询问题', type: 'textarea' },
    { name: 'view', label: '专家论证意见', type: 'textarea', admin: { description: '专家的专业意见，随意见汇总报送参考' } },
  ],
}
