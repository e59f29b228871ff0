/** Public, non-personal answers: participation figures, check-in QR images, lecture calendar files. */
import type { Endpoint } from 'payload'
import QRCode from 'qrcode'
import { createEvent } from 'ics'
import { guarded, HttpError, json } from './http'
import { findLecture, plausibleId } from './lookups'
import { publicStats } from './stats'
import { env } from '../env'
import { absoluteUrl, apiRoutes, checkInCodeFormat, lecturePath, patternBody } from '@lawpoint/content-types'
import { endpointPath } from '../lib/routes'

let statsCache: { until: number; value: unknown } | undefined

const stats: Endpoint = {
  path: endpointPath(apiRoutes.stats),
  method: 'get',
  handler: async (req) =>
    guarded(req, () => true, async () => {
      if (!statsCache || statsCache.until < Date.now()) {
        const [all, lectures, consultations] = await Promise.all([
          publicStats(req.payload),
          req.payload.find({ collection: 'lectures', where: { _status: { equals: 'published' } }, limit: 0, pagination: false, depth: 0, select: { title: true } }),
          req.payload.find({ collection: 'consultations', where: { _status: { equals: 'published' } }, limit: 0, pagination: false, depth: 0, select: { title: true } }),
        ])
        // Published documents only, and figures only.
        const pick = <T>(from: Record<string, T>, ids: (number | string)[], empty: T) =>
          Object.fromEntries(ids.map((id) => [String(id), from[String(id)] ?? empty]))
        statsCache = {
          until: Date.now() + 5000,
          value: {
            lectures: pick(all.lectures, lectures.docs.map((d) => d.id), { capacity: 0, confirmedSeats: 0, seatsLeft: 0, waitlistCount: 0 }),
            consultations: pick(all.consultations, consultations.docs.map((d) => d.id), { participants: 0, opinionCount: 0 }),
          },
        }
      }
      return json(statsCache.value, 200, { 'cache-control': 'public, max-age=5' })
    }),
}

const codePattern = new RegExp(`^(${patternBody(checkInCodeFormat.pattern)})\\.svg$`)

/** What a check-in QR code holds: the staff check-in page for that code, on the CMS's public address (else the address asked). */
export const checkInUrl = (code: string, requestOrigin: string) => absoluteUrl(env.CMS_URL ?? requestOrigin, apiRoutes.checkIn(code))

const qr: Endpoint = {
  path: '/public/registrations/qr/:file',
  method: 'get',
  handler: async (req) =>
    guarded(req, () => true, async () => {
      const m = codePattern.exec(String(req.routeParams?.file ?? ''))
      if (!m) throw new HttpError(404, '签到码格式不正确')
      // The image holds only the code (as a link for staff phones); nothing personal.
      const svg = await QRCode.toString(checkInUrl(m[1]!, new URL(req.url!).origin), { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
      return new Response(svg, { headers: { 'content-type': 'image/svg+xml; charset=utf-8', 'cache-control': 'public, max-age=86400', 'x-content-type-options': 'nosniff' } })
    }),
}

const parts = (iso: string): [number, number, number, number, number] => {
  const d = new Date(iso)
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()]
}

const ics: Endpoint = {
  path: endpointPath(apiRoutes.lectureCalendar(':id')),
  method: 'get',
  handler: async (req) =>
    guarded(req, () => true, async () => {
      const raw = String(req.routeParams?.id ?? '')
      const id = /^\d+$/.test(raw) ? Number(raw) : raw
      if (!plausibleId(req.payload, id)) throw new HttpError(404, '讲座不存在')
      const lecture = await findLecture(req.payload, id)
      if (!lecture) throw new HttpError(404, '讲座不存在')
      const site = env.SITE_URL
      const { error, value } = createEvent({
        uid: `lecture-${lecture.id}@lawpoint`,
        title: lecture.title,
        start: parts(lecture.startsAt),
        startInputType: 'utc',
        startOutputType: 'utc',
        end: parts(lecture.endsAt),
        endInputType: 'utc',
        endOutputType: 'utc',
        location: [lecture.venue?.name, lecture.venue?.address].filter(Boolean).join(' '),
        description: lecture.summary ?? undefined,
        url: lecture.slug ? absoluteUrl(site, lecturePath(lecture)) : undefined,
        status: lecture.state === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
        productId: 'lawpoint/jianghai',
      })
      if (error || !value) throw new HttpError(500, '日历文件生成失败')
      return new Response(value, {
        headers: { 'content-type': 'text/calendar; charset=utf-8', 'content-disposition': `attachment; filename="lecture-${lecture.id}.ics"` },
      })
    }),
}

export const publicFileEndpoints: Endpoint[] = [stats, qr, ics]
