/**
 * What the public sends in. One schema per form: the CMS validates with it, the site reads its
 * limits and messages for hints and browser-side checks. Form posts arrive as strings, so every
 * field accepts the string form too.
 */
import { z } from 'zod'
import { cancelCodeFormat, receiptFormat, type CodeFormat } from './codes'
import { opinionKinds, submitterIdentities, valuesOf as values } from './options'
import { mobilePhonePattern } from './patterns'

/** Checkbox: present ("on", "true", "1", true) means yes. */
const checkbox = z.preprocess((v) => v === true || v === 'on' || v === 'true' || v === '1', z.boolean())
const optionalText = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.string().trim().max(max, message).optional())
const positiveId = (message: string) =>
  z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : v), z.union([z.number({ error: message }).int(message).positive(message), z.string({ error: message }).regex(/^[a-f0-9]{24}$/, message)], { error: message }))

export const limits = {
  opinion: { contentMin: 5, contentMax: 5000, nameMax: 50, localityMax: 60 },
  registration: { attendeesMin: 1, attendeesMax: 5, nameMax: 50, noteMax: 500 },
  attachment: { maxBytes: 5 * 1024 * 1024, types: ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] },
} as const

export const phoneSchema = z.string({ error: '请填写手机号码' }).trim().regex(mobilePhonePattern, '请填写 11 位手机号码')
export const nameSchema = (max: number) => z.string({ error: '请填写姓名' }).trim().min(1, '请填写姓名').max(max, `姓名不能超过 ${max} 个字`)
export const consentSchema = checkbox.refine((v) => v, '请阅读并同意隐私说明')

export const opinionSubmission = z
  .object({
    kind: z.enum(values(opinionKinds), { error: '请选择意见类别' }).default('consultation'),
    consultation: positiveId('征集项目编号无效').optional(),
    articleNumber: z.preprocess(
      (v) => (v === '' || v == null ? undefined : typeof v === 'string' ? Number(v) : v),
      z.number({ error: '条文序号无效' }).int('条文序号无效').positive('条文序号无效').optional(),
    ),
    content: z
      .string({ error: '请填写意见内容' })
      .trim()
      .min(limits.opinion.contentMin, `意见内容至少 ${limits.opinion.contentMin} 个字`)
      .max(limits.opinion.contentMax, `意见内容不能超过 ${limits.opinion.contentMax} 个字`),
    name: nameSchema(limits.opinion.nameMax),
    phone: phoneSchema,
    identity: z.enum(values(submitterIdentities), { error: '请选择身份' }),
    locality: optionalText(limits.opinion.localityMax, `街道 / 村（社区）不能超过 ${limits.opinion.localityMax} 个字`),
    showPublicly: checkbox.default(false),
    consent: consentSchema,
  })
  .refine((o) => o.kind !== 'consultation' || o.consultation !== undefined, {
    path: ['consultation'],
    message: '请选择要提意见的草案',
  })
export type OpinionSubmission = z.infer<typeof opinionSubmission>

export const registrationSubmission = z.object({
  lecture: positiveId('讲座编号无效'),
  name: nameSchema(limits.registration.nameMax),
  phone: phoneSchema,
  attendees: z.preprocess(
    (v) => (v === '' || v == null ? 1 : typeof v === 'string' ? Number(v) : v),
    z
      .number({ error: '人数无效' })
      .int('人数须为整数')
      .min(limits.registration.attendeesMin, `人数至少 ${limits.registration.attendeesMin} 人`)
      .max(limits.registration.attendeesMax, `每次报名最多 ${limits.registration.attendeesMax} 人`),
  ),
  note: optionalText(limits.registration.noteMax, `备注不能超过 ${limits.registration.noteMax} 个字`),
  consent: consentSchema,
})
export type RegistrationSubmission = z.infer<typeof registrationSubmission>

/** A typed-in code: tidied and checked as its format says (codes.ts). */
const codeSchema = (format: CodeFormat, missing: string, invalid: string) =>
  z.string({ error: missing }).overwrite(format.normalise).regex(format.pattern, invalid)
const phoneLast4 = z.string({ error: '请填写手机号后四位' }).trim().regex(/^\d{4}$/, '请填写手机号后四位')

export const statusLookup = z.object({
  receipt: codeSchema(receiptFormat, '请填写回执编号', '回执编号格式不正确'),
  phoneLast4,
})

export const cancelRequest = z.object({
  cancelCode: codeSchema(cancelCodeFormat, '请填写取消码', '取消码格式不正确'),
  phoneLast4,
})

/** Field errors as { field: first Chinese message }: what JSON answers carry and forms show inline. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? '_form')
    out[key] ??= issue.message
  }
  return out
}

/** The honeypot field a person never sees; bots fill it. */
export const honeypotField = 'website'
