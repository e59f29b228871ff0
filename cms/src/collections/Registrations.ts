import type { CollectionConfig } from 'payload'
import { registrationStatuses } from '@lawpoint/content-types'
import { isStaff } from '../access/isStaff'
import { selectOptions } from '../fields/options'
import { dateTimeField } from '../fields/dateTime'

/** Lecture sign-ups (报名). Personal data: staff only. */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: '报名', plural: '讲座报名' },
  admin: {
    useAsTitle: 'checkInCode',
    defaultColumns: ['lecture', 'name', 'attendees', 'status', 'waitlistPosition', 'checkedInAt'],
    group: '群众来件',
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: 'createdAt',
  fields: [
    { name: 'lecture', label: '讲座', type: 'relationship', relationTo: 'lectures', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'name', label: '姓名', type: 'text', required: true, maxLength: 50 },
        { name: 'phone', label: '手机号码', type: 'text', required: true, maxLength: 20, index: true },
        { name: 'attendees', label: '人数', type: 'number', required: true, defaultValue: 1, min: 1, max: 5 },
      ],
    },
    { name: 'note', label: '备注', type: 'textarea', maxLength: 500 },
    { name: 'consent', label: '已同意隐私说明', type: 'checkbox', defaultValue: false },
    {
      type: 'row',
      fields: [
        { name: 'status', label: '状态', type: 'select', required: true, defaultValue: 'confirmed', options: selectOptions(registrationStatuses) },
        { name: 'waitlistPosition', label: '候补序号', type: 'number', admin: { readOnly: true } },
      ],
    },
    { name: 'checkInCode', label: '签到码', type: 'text', unique: true, index: true, admin: { readOnly: true } },
    { name: 'cancelCode', label: '取消码', type: 'text', admin: { readOnly: true } },
    dateTimeField('checkedInAt', '签到时间'),
  ],
}
