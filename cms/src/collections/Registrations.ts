import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionConfig, Validate } from 'payload'
import { registrationStatuses } from '@lawpoint/content-types'
import { isStaff } from '../access/isStaff'
import { selectOptions } from '../fields/options'
import { dateTimeField } from '../fields/dateTime'
import { promoteWaitlist } from '../intake/seats'
import type { Registration } from '@lawpoint/content-types'
import { cancelCodeFormat, checkInCodeFormat } from '@lawpoint/content-types'

/** Required when entered, blank once erased under the retention period. */
const requiredOnCreate =
  (message: string): Validate =>
  (value, { operation }) =>
    operation === 'create' && (value === undefined || value === null || value === '') ? message : true

/** Staff entering a sign-up in the admin get codes like the public form's. */
const stampCodes: CollectionBeforeChangeHook<Registration> = ({ data, operation }) => {
  if (operation === 'create') {
    data.checkInCode ||= checkInCodeFormat.generate()
    data.cancelCode ||= cancelCodeFormat.generate()
  }
  if (data.status === 'cancelled' && !data.cancelledAt) data.cancelledAt = new Date().toISOString()
  return data
}

/** A staff cancellation (or fewer attendees) frees seats: the first on the waitlist moves up, in the same transaction. */
const promoteAfterStaffChange: CollectionAfterChangeHook<Registration> = async ({ doc, previousDoc, operation, req, context }) => {
  if (operation !== 'update' || context?.skipPromotion) return doc
  const freed = previousDoc?.status === 'confirmed' && (doc.status !== 'confirmed' || Number(doc.attendees) < Number(previousDoc.attendees))
  if (!freed) return doc
  const lecture = typeof doc.lecture === 'object' ? doc.lecture.id : doc.lecture
  await promoteWaitlist(req.payload, lecture, req)
  return doc
}

/** Lecture sign-ups (报名). Personal data: staff only; lists show phones masked. */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: '报名', plural: '讲座报名' },
  admin: {
    useAsTitle: 'checkInCode',
    defaultColumns: ['lecture', 'name', 'phone', 'attendees', 'status', 'waitlistPosition', 'checkedInAt'],
    listSearchableFields: ['checkInCode', 'name'],
    group: '群众来件',
    description: '手机签到：用手机扫描报名者的签到二维码，或打开 /api/staff/check-in 输入签到码。',
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: 'createdAt',
  hooks: { beforeChange: [stampCodes], afterChange: [promoteAfterStaffChange] },
  fields: [
    { name: 'lecture', label: '讲座', type: 'relationship', relationTo: 'lectures', required: true, index: true },
    {
      type: 'row',
      fields: [
        { name: 'name', label: '姓名', type: 'text', maxLength: 50, validate: requiredOnCreate('请填写姓名') },
        {
          name: 'phone',
          label: '手机号码',
          type: 'text',
          maxLength: 20,
          index: true,
          validate: requiredOnCreate('请填写手机号码'),
        },
        { name: 'attendees', label: '人数', type: 'number', required: true, defaultValue: 1, min: 1, max: 5 },
      ],
    },
    { name: 'note', label: '备注', type: 'textarea', maxLength: 500 },
    { name: 'consent', label: '已同意隐私说明', type: 'checkbox', defaultValue: false },
    {
      type: 'row',
      fields: [
        { name: 'status', label: '状态', type: 'select', required: true, defaultValue: 'confirmed', index: true, options: selectOptions(registrationStatuses) },
        { name: 'waitlistPosition', label: '候补序号', type: 'number', index: true, admin: { readOnly: true } },
      ],
    },
    { name: 'checkInCode', label: '签到码', type: 'text', unique: true, index: true, admin: { readOnly: true } },
    { name: 'cancelCode', label: '取消码', type: 'text', unique: true, index: true, admin: { readOnly: true } },
    {
      type: 'row',
      fields: [
        dateTimeField('checkedInAt', '签到时间'),
        dateTimeField('cancelledAt', '取消时间', { admin: { readOnly: true } }),
        dateTimeField('personalDataErasedAt', '个人信息删除时间', { admin: { readOnly: true } }),
      ],
    },
  ],
}
