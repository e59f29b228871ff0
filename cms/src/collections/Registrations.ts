import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig, Validate } from 'payload'
import { registrationStatuses } from '@lawpoint/content-types'
import { isStaff } from '../access/isStaff'
import { selectOptions } from '../fields/options'
import { dateTimeField } from '../fields/dateTime'
import { createdAtField, submitted, systemField } from '../fields/locked'
import { refuseIncrease } from '../hooks/refuseRewrite'
import { admitEntry, drawTicket, lockSeats, lockSeatsOf, nextTicket, promoteWaitlist, takeSeats } from '../intake/seats'
import { publicError } from '../lib/publicError'
import { guide } from '../fields/guides'
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

type Ref = Registration['lecture'] | null | undefined
const idOf = (v: Ref) => (v && typeof v === 'object' ? v.id : v)
/** What a change does to seats: status, attendees or lecture. */
const seatsChanged = (a: Partial<Registration>, b: Partial<Registration>) =>
  a.status !== b.status || Number(a.attendees) !== Number(b.attendees) || String(idOf(a.lecture)) !== String(idOf(b.lecture))

/**
 * Registrations entered or edited in the admin go through the seat logic of the site's sign-ups (intake/seats.ts):
 * - a new entry (unless entered as cancelled) joins the line with a ticket; after it is stored the line moves,
 *   so it is confirmed only if it fits and nobody waiting before it would (seatsAfterChange);
 * - a change that takes seats (confirming, more attendees, another lecture) is written only if the seats are free,
 *   else refused in Chinese;
 * - back onto the waitlist from a seat, or into another lecture's line: a fresh ticket at the end.
 */
const seatsBeforeChange: CollectionBeforeChangeHook<Registration> = async ({ data, originalDoc, operation, req }) => {
  const lecture = idOf(data.lecture ?? originalDoc?.lecture)
  if (lecture == null) return data
  if (operation === 'create') {
    if (data.status === 'cancelled') return data
    await lockSeats(req.payload, lecture, req)
    data.status = 'waitlisted'
    data.waitlistPosition = await nextTicket(req.payload, lecture, req)
    return data
  }
  if (!originalDoc) return data
  const next = { status: data.status ?? originalDoc.status, attendees: Number(data.attendees ?? originalDoc.attendees), lecture }
  if (!seatsChanged(next, originalDoc)) return data
  const before = idOf(originalDoc.lecture)
  const moved = String(before) !== String(lecture)
  // PostgreSQL: lecture rows first, then the registration row (the order every seat change takes its locks in).
  if (before != null) await lockSeats(req.payload, before, req)
  if (moved) await lockSeats(req.payload, lecture, req)
  if (next.status === 'confirmed') {
    const held = originalDoc.status === 'confirmed' && !moved ? Number(originalDoc.attendees) : 0
    if (next.attendees > held) {
      const seats = await takeSeats(req.payload, { id: originalDoc.id, lecture, attendees: next.attendees }, req)
      if (!seats.ok)
        throw publicError(
          `名额不足：这场讲座现在空余 ${seats.free} 个名额，这条报名需要 ${next.attendees} 个。可以保持“候补”（有人取消后按顺序递补），或先在讲座里增加名额。`,
          400,
          'no-seats',
        )
    }
  } else if (next.status === 'waitlisted' && (moved || originalDoc.status === 'confirmed' || originalDoc.waitlistPosition == null)) {
    data.waitlistPosition = await drawTicket(req.payload, originalDoc.id, lecture, req)
  }
  return data
}

/**
 * After a staff entry is stored it moves up if it fits; after a staff change (a cancellation, fewer attendees,
 * back to the waitlist, …) the line moves: whoever fits in the freed seats moves up, in the same transaction.
 */
const seatsAfterChange: CollectionAfterChangeHook<Registration> = async ({ doc, previousDoc, operation, req, context }) => {
  const lecture = idOf(doc.lecture)
  if (lecture == null) return doc
  if (operation === 'create') {
    if (doc.status !== 'waitlisted') return doc
    return { ...doc, ...(await admitEntry(req.payload, lecture, doc.id, req)) }
  }
  if (context?.skipPromotion || !previousDoc || !seatsChanged(doc, previousDoc)) return doc
  const before = idOf(previousDoc.lecture)
  const promoted = [...(before != null ? await promoteWaitlist(req.payload, before, req) : [])]
  if (String(before) !== String(lecture)) promoted.push(...(await promoteWaitlist(req.payload, lecture, req)))
  return promoted.some((id) => String(id) === String(doc.id)) ? { ...doc, status: 'confirmed' } : doc
}

/** Deleting a registration in the admin frees its seats, or its place: the line moves (places close up by themselves). */
const lockBeforeDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await lockSeatsOf(req.payload, id, req)
}
const promoteAfterDelete: CollectionAfterDeleteHook<Registration> = async ({ doc, req, context }) => {
  const lecture = idOf(doc?.lecture)
  if (context?.skipPromotion || lecture == null || doc.status === 'cancelled') return doc
  await promoteWaitlist(req.payload, lecture, req)
  return doc
}

/** Lecture sign-ups (报名). Personal data: staff only; lists show phones masked. */
export const Registrations: CollectionConfig = {
  slug: 'registrations',
  labels: { singular: '报名', plural: '讲座报名' },
  // A copy would carry a resident's name and phone into a record they never sent.
  disableDuplicate: true,
  admin: {
    useAsTitle: 'checkInCode',
    defaultColumns: ['lecture', 'name', 'phone', 'attendees', 'status', 'waitlistPosition', 'checkedInAt'],
    listSearchableFields: ['checkInCode', 'name'],
    group: '群众来件',
    description: `${guide.personal}手机签到：扫描报名者的签到二维码，或打开 /api/staff/check-in 输入签到码。在这里新建的报名和网上报名一样排队：有空余名额且前面没有能坐下的候补时为“报名成功”，否则为“候补中”。`,
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: 'createdAt',
  hooks: {
    beforeChange: [stampCodes, seatsBeforeChange],
    afterChange: [seatsAfterChange],
    beforeDelete: [lockBeforeDelete],
    afterDelete: [promoteAfterDelete],
  },
  // What the registrant sent is locked once stored; staff cancel (status) or lower the attendees, and note corrections.
  fields: [
    submitted({ name: 'lecture', label: '讲座', type: 'relationship', relationTo: 'lectures', required: true, index: true }),
    {
      type: 'row',
      fields: [
        submitted({ name: 'name', label: '姓名', type: 'text', maxLength: 50, validate: requiredOnCreate('请填写姓名') }),
        submitted({ name: 'phone', label: '手机号码', type: 'text', maxLength: 20, index: true, validate: requiredOnCreate('请填写手机号码') }),
        {
          name: 'attendees',
          label: '人数',
          type: 'number',
          required: true,
          defaultValue: 1,
          min: 1,
          max: 5,
          hooks: { beforeValidate: [refuseIncrease((label) => `“${label}”保存后只能减少：增加人数会绕过讲座名额，请重新报名。`)] },
        },
      ],
    },
    submitted({ name: 'note', label: '备注', type: 'textarea', maxLength: 500 }),
    submitted({ name: 'consent', label: '已同意隐私说明', type: 'checkbox', defaultValue: false }),
    {
      type: 'row',
      fields: [
        {
          name: 'status',
          label: '状态',
          type: 'select',
          required: true,
          defaultValue: 'confirmed',
          index: true,
          options: selectOptions(registrationStatuses),
          admin: { description: '改为“已取消”后名额自动让给排在最前的候补' },
        },
        systemField({ name: 'waitlistPosition', label: '候补序号', type: 'number', index: true, admin: { description: '按报名先后排队，有名额时自动递补' } }),
      ],
    },
    systemField({ name: 'checkInCode', label: '签到码', type: 'text', unique: true, index: true, admin: { description: '报名后群众拿到的签到码和二维码，现场签到用' } }),
    systemField({ name: 'cancelCode', label: '取消码', type: 'text', unique: true, index: true, admin: { description: '只给报名者本人：凭它在网站查看或取消报名，不要告诉他人' } }),
    {
      type: 'row',
      fields: [
        systemField(dateTimeField('checkedInAt', '签到时间')),
        systemField(dateTimeField('cancelledAt', '取消时间')),
        systemField(dateTimeField('personalDataErasedAt', '个人信息删除时间')),
      ],
    },
    { name: 'staffNote', label: '内部备注', type: 'textarea', admin: { description: '更正或补充说明写在这里：报名者提交的内容保存后不能修改' } },
    createdAtField(),
  ],
}
