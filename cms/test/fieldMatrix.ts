import type { Actor } from './helpers'

/**
 * Who may change which field of a stored submission: the expectations of field-integrity.test.ts.
 * changed: the update is accepted and stored. ignored: accepted, the field is left as it was (Payload's field
 * access). refused: 403, nothing stored.
 */
export type Outcome = 'changed' | 'ignored' | 'refused'
export type Row = Record<Actor, Outcome>

const row = (admin: Outcome, editor: Outcome, volunteer: Outcome, liaison: Outcome, anonymous: Outcome = 'refused'): Row => ({
  admin,
  editor,
  volunteer,
  liaison,
  anonymous,
})

export const locked = row('refused', 'refused', 'refused', 'refused')
const staffOnly = row('changed', 'changed', 'refused', 'refused')
const classify = row('changed', 'changed', 'changed', 'changed')
const offlineEntry = row('changed', 'changed', 'ignored', 'changed')
const workflow = row('changed', 'changed', 'ignored', 'ignored')

/** A field, the new value tried (from the test's fixtures), and who may store it. */
export type FieldCase = { name: string; field: string; value: (f: Fixtures) => unknown; rule: Row }
export type Fixtures = {
  consultation: number | string
  lecture: number | string
  attachment: number | string
  otherPoint: number | string
  spareOpinion: number | string
  adminId: number | string
}

const at = (name: string, value: FieldCase['value'], rule: Row, field = name): FieldCase => ({ name, field, value, rule })
const past = () => '2000-01-01T00:00:00.000Z'

/** Every field of an opinion. The target: an offline opinion gathered at the liaison's own point. */
export const opinionCases: FieldCase[] = [
  // What the resident sent, and how it came in.
  at('kind', () => 'legislative-work', locked),
  at('consultation', (f) => f.consultation, locked),
  at('articleNumber', () => 2, locked),
  at('articleLabel', () => '第二条', locked),
  at('content', () => '被改写的意见内容，与群众原话不同。', locked),
  at('name', () => '李四', locked),
  at('phone', () => '13900139000', locked),
  at('identity', () => 'lawyer', locked),
  at('locality', () => '外海街道', locked),
  at('attachment', (f) => f.attachment, locked),
  at('showPublicly', () => true, locked),
  at('consent', () => false, locked),
  at('channel', () => 'online', locked),
  // Written by the system only.
  at('receipt', () => 'YJ000000000001', locked),
  at('enteredBy', (f) => f.adminId, locked),
  at('personalDataErasedAt', past, locked),
  at('createdAt', past, locked),
  // Where and when it was gathered: staff move it; the liaison may correct the date.
  at('collectionPoint', (f) => f.otherPoint, staffOnly),
  at('gatheredAt', () => '2026-03-02T02:00:00.000Z', offlineEntry),
  // Classification: the only fields a volunteer sets.
  at('category', () => 'livelihood', classify),
  at('summary', () => '新的归纳摘要', classify),
  // Processing: staff.
  at('status', () => 'sorted', workflow),
  at('duplicateOf', (f) => f.spareOpinion, workflow),
  at('staffNote', () => '新的内部备注', workflow),
  at('feedback', () => '新的办理反馈', workflow),
  at('rewardIssued', () => true, workflow),
]

const staffCollection = (r: Row): Row => ({ ...r, volunteer: 'refused', liaison: 'refused', anonymous: 'refused' })

/** Every field of a lecture sign-up. The target: 3 attendees, confirmed. Only staff reach registrations at all. */
export const registrationCases: FieldCase[] = [
  at('lecture', (f) => f.lecture, locked),
  at('name', () => '王五', locked),
  at('phone', () => '13700137000', locked),
  at('note', () => '被改写的备注', locked),
  at('consent', () => false, locked),
  at('attendees, fewer', () => 2, staffCollection(staffOnly), 'attendees'),
  at('attendees, more', () => 4, locked, 'attendees'),
  at('status', () => 'cancelled', staffCollection(staffOnly)),
  at('staffNote', () => '新的内部备注', staffCollection(staffOnly)),
  at('waitlistPosition', () => 7, locked),
  at('checkInCode', () => 'ZZZZ2345', locked),
  at('cancelCode', () => 'ZZZZ6789', locked),
  at('checkedInAt', past, locked),
  at('cancelledAt', past, locked),
  at('personalDataErasedAt', past, locked),
  at('createdAt', past, locked),
]

/** An opinion's attachment is evidence: nobody changes it. */
export const attachmentCases: FieldCase[] = [
  at('note', () => '被改写的说明', locked),
  at('filename', () => 'renamed.png', locked),
  at('createdAt', past, locked),
]
