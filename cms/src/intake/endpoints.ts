/** The public intake: opinions and lecture sign-ups from the site's forms (plain HTML posts) and from scripts (JSON). */
import type { Endpoint, PayloadRequest } from 'payload'
import type { z } from 'zod'
import {
  apiRoutes,
  cancelRequest,
  fieldErrors,
  formatDateTimeBrief,
  honeypotField,
  labelOf,
  opinionStatuses,
  opinionSubmission,
  registrationSubmission,
  statusLookup,
} from '@lawpoint/content-types'
import { altchaRequired, newChallenge, verifyAltcha } from './altcha'
import { clientIp, formPost, guarded, HttpError, json, limitLookups, redirect, tooManyRequests, tryCode, wantsJson, type Body } from './http'
import { consultationStateNow, findConsultation, findLecture, lectureOpenNow, plausibleId } from './lookups'
import { writeOpinion } from './opinionWriter'
import { consume } from './rateLimit'
import { cancelByCode, signUp } from './seats'
import { sniffAttachment } from './sniff'
import { opinionStatusHtml } from './resultEndpoints'
import { endpointPath } from '../lib/routes'


/**
 * What every public form goes through, cheapest refusal first: the honeypot, the form's shared zod schema, the
 * proof of work (when required), then the address limit and last the phone limit.
 * - A refused post (honeypot, bad fields, no or wrong proof of work) counts only in the address's `invalid` bucket:
 *   junk still cannot be sent without limit, but a bot or a struggling form behind a shared address (a village
 *   committee's Wi-Fi, a carrier's NAT) never uses up the valid posts of everyone else there.
 * - The per-phone limit is spent only by a post that passed everything else, so nobody can use up a resident's
 *   quota by posting junk (or, with ALTCHA on, without doing the work) under their number.
 */
async function validSubmission<T extends { phone: string }>(
  req: PayloadRequest,
  body: Body,
  schema: z.ZodType<T>,
  invalid: string,
  phoneBucket: 'opinionPhone' | 'registrationPhone',
): Promise<T> {
  const refuse = async (error: HttpError): Promise<never> => {
    const wait = await consume({ invalid: clientIp(req) })
    throw wait ? tooManyRequests(wait) : error
  }
  if (body.fields[honeypotField]) return refuse(new HttpError(400, '提交未通过校验，请刷新页面后重新填写'))
  const parsed = schema.safeParse(body.fields)
  if (!parsed.success) return refuse(new HttpError(400, invalid, fieldErrors(parsed.error)))
  if ((await altchaRequired(req.payload)) && !(await verifyAltcha(body.fields.altcha)))
    return refuse(new HttpError(400, '请先完成人机验证', { altcha: '请先完成人机验证（验证在本机完成，约需数秒）' }))
  const wait = (await consume({ ip: clientIp(req) })) || (await consume({ [phoneBucket]: parsed.data.phone }))
  if (wait) throw tooManyRequests(wait)
  return parsed.data
}

export const postOpinion: Endpoint = {
  path: endpointPath(apiRoutes.opinions),
  method: 'post',
  handler: (req) =>
    formPost(req, async (body) => {
      const o = await validSubmission(req, body, opinionSubmission, '提交内容有误，请检查后重新提交', 'opinionPhone')

      let consultation: number | string | null = null
      let articleLabel: string | null = null
      const onDraft = o.kind === 'consultation'
      if (onDraft) {
        if (!plausibleId(req.payload, o.consultation)) throw new HttpError(404, '征集项目不存在', { consultation: '征集项目不存在' })
        const c = await findConsultation(req.payload, o.consultation)
        if (!c) throw new HttpError(404, '征集项目不存在或尚未发布', { consultation: '征集项目不存在或尚未发布' })
        const state = consultationStateNow(c)
        if (state === 'upcoming') throw new HttpError(409, `该草案的意见征集尚未开始，将于${formatDateTimeBrief(c.opensAt)}开始`)
        if (state === 'closed') throw new HttpError(409, `该草案的意见征集已于${formatDateTimeBrief(c.closesAt)}截止，不再接收意见`)
        consultation = c.id
        if (o.articleNumber !== undefined) {
          const label = c.articles.get(o.articleNumber)
          if (!label) throw new HttpError(400, '草案中没有该条文', { articleNumber: '草案中没有该条文' })
          articleLabel = label
        }
      }

      let attachment: number | string | null = null
      if (body.file) {
        const sniffed = await sniffAttachment(body.file.data)
        if (!sniffed.ok) throw new HttpError(sniffed.message.includes('MB') ? 413 : 400, sniffed.message, { attachment: sniffed.message })
        const doc = await req.payload.create({
          collection: 'opinion-attachments',
          data: {},
          file: { data: body.file.data, mimetype: sniffed.mime, name: `opinion.${sniffed.ext}`, size: body.file.data.byteLength },
          overrideAccess: true,
        })
        attachment = doc.id
      }

      const written = writeOpinion(req.payload, {
        kind: o.kind,
        consultation,
        articleNumber: onDraft ? (o.articleNumber ?? null) : null,
        articleLabel,
        content: o.content,
        name: o.name,
        phone: o.phone,
        identity: o.identity,
        locality: o.locality ?? null,
        showPublicly: o.showPublicly,
        consent: o.consent,
        attachment,
      })
      // An opinion that was not stored leaves no file behind (retention also sweeps any orphan a crash left).
      const { receipt } = await written.catch(async (error: unknown) => {
        if (attachment) await req.payload.delete({ collection: 'opinion-attachments', id: attachment, overrideAccess: true }).catch(() => {})
        throw error
      })
      if (wantsJson(req, body)) return json({ receipt }, 201)
      return redirect(apiRoutes.opinionReceipt(receipt))
    }, { allowFile: true }),
}

const opinionStatus: Endpoint = {
  path: endpointPath(apiRoutes.opinionStatus),
  method: 'get',
  handler: async (req) =>
    guarded(req, () => wantsJson(req), async () => {
      await limitLookups(req)
      const q = req.searchParams ?? new URL(req.url!).searchParams
      if (q.getAll('receipt').length > 1 || q.getAll('phoneLast4').length > 1) throw new HttpError(400, '查询参数重复')
      const parsed = statusLookup.safeParse({ receipt: q.get('receipt') ?? undefined, phoneLast4: q.get('phoneLast4') ?? undefined })
      if (!parsed.success) throw new HttpError(400, '查询信息有误', fieldErrors(parsed.error))
      // A few wrong tries lock the receipt (an unknown receipt counts the same): the four digits cannot be tried through.
      const attempt = await tryCode('receipt', parsed.data.receipt)
      const found = await req.payload.find({
        collection: 'opinions',
        where: { receipt: { equals: parsed.data.receipt } },
        depth: 0,
        limit: 1,
        pagination: false,
        overrideAccess: true,
        context: { fullPhones: true },
        select: { receipt: true, status: true, feedback: true, consultation: true, phone: true, createdAt: true },
      })
      const doc = found.docs[0]
      if (!doc || !doc.phone || doc.phone.slice(-4) !== parsed.data.phoneLast4)
        throw new HttpError(404, '未找到该回执，请核对回执编号和手机号后四位')
      await attempt.right()
      let consultationTitle: string | null = null
      if (doc.consultation) {
        const c = await req.payload.find({
          collection: 'consultations',
          where: { id: { equals: typeof doc.consultation === 'object' ? doc.consultation.id : doc.consultation } },
          depth: 0,
          limit: 1,
          pagination: false,
          select: { title: true },
        })
        consultationTitle = (c.docs[0] as { title?: string } | undefined)?.title ?? null
      }
      const answer = {
        receipt: doc.receipt!,
        status: doc.status,
        statusLabel: labelOf(opinionStatuses, doc.status),
        feedback: doc.feedback ?? null,
        consultationTitle,
        submittedAt: doc.createdAt,
      }
      if (wantsJson(req)) return json(answer)
      return opinionStatusHtml(req.payload, answer)
    }),
}

const postRegistration: Endpoint = {
  path: endpointPath(apiRoutes.registrations),
  method: 'post',
  handler: (req) =>
    formPost(req, async (body) => {
      const r = await validSubmission(req, body, registrationSubmission, '报名信息有误，请检查后重新提交', 'registrationPhone')
      if (!plausibleId(req.payload, r.lecture)) throw new HttpError(404, '讲座不存在', { lecture: '讲座不存在' })
      const lecture = await findLecture(req.payload, r.lecture)
      if (!lecture) throw new HttpError(404, '讲座不存在或尚未发布', { lecture: '讲座不存在或尚未发布' })
      if (lecture.state === 'cancelled') throw new HttpError(409, '该讲座已取消')
      if (!lectureOpenNow(lecture)) {
        const notYet = lecture.registrationOpensAt && new Date(lecture.registrationOpensAt) > new Date()
        throw new HttpError(409, notYet ? `该讲座的报名尚未开始，将于${formatDateTimeBrief(lecture.registrationOpensAt!)}开始` : '该讲座的报名已截止')
      }
      const result = await signUp(req.payload, { lecture: lecture.id, name: r.name, phone: r.phone, attendees: r.attendees, note: r.note, consent: r.consent })
      // The phone already has a sign-up for this lecture (the resident pressed 提交 twice, or someone typed another's
      // number). Answered like a new sign-up (201 with the same keys, or 303 to a result page) but with nothing of that
      // sign-up: its codes and state belong on the page the registrant's own cancel code opens. Nothing is stored.
      if (result.kind === 'duplicate') {
        if (wantsJson(req, body)) return json({ status: 'received', checkInCode: null, cancelCode: null, waitlistPosition: null }, 201)
        return redirect(apiRoutes.registrationReceived(lecture.id))
      }
      const { status, checkInCode, cancelCode, waitlistPosition } = result
      if (wantsJson(req, body)) return json({ status, checkInCode, cancelCode, waitlistPosition }, 201)
      return redirect(apiRoutes.registrationResult(cancelCode))
    }),
}

const cancelRegistration: Endpoint = {
  path: endpointPath(apiRoutes.cancelRegistration),
  method: 'post',
  handler: (req) =>
    formPost(req, async (body) => {
      await limitLookups(req)
      const parsed = cancelRequest.safeParse(body.fields)
      if (!parsed.success) throw new HttpError(400, '取消信息有误', fieldErrors(parsed.error))
      const attempt = await tryCode('cancel', parsed.data.cancelCode)
      const result = await cancelByCode(req.payload, parsed.data.cancelCode, parsed.data.phoneLast4)
      if (result.kind === 'not-found') throw new HttpError(404, '未找到该报名，请核对取消码和手机号后四位')
      await attempt.right()
      if (wantsJson(req, body)) return json({ status: 'cancelled' })
      return redirect(apiRoutes.registrationResult(parsed.data.cancelCode))
    }),
}

const challenge: Endpoint = {
  path: endpointPath(apiRoutes.challenge),
  method: 'get',
  handler: async (req) =>
    guarded(req, () => true, async () => json({ ...(await newChallenge()), required: await altchaRequired(req.payload) })),
}

export const publicIntakeEndpoints: Endpoint[] = [postOpinion, opinionStatus, postRegistration, cancelRegistration, challenge]
