/** Published consultations and lectures the intake checks against, cached for a few seconds (the hot path reads them on every post). */
import type { Payload } from 'payload'
import { consultationState, registrationOpen, type ConsultationState } from '@lawpoint/content-types'

export type Id = number | string
export type ConsultationInfo = { id: Id; title: string; opensAt: string; closesAt: string; articles: Map<number, string> }
export type LectureInfo = {
  id: Id
  title: string
  capacity: number
  state?: string | null
  registrationOpensAt?: string | null
  registrationClosesAt?: string | null
  startsAt: string
  endsAt: string
  venue?: { name?: string | null; address?: string | null } | null
  summary?: string | null
  slug?: string | null
}

const TTL = 3000
// One cache per process, not per bundle: staff saves run forgetLookups() in the App Router, while the intake's
// Pages routes (intake/pagesRoute.ts) read through their own copy of this module.
type Caches = { consultations: Map<string, { until: number; value: ConsultationInfo | null }>; lectures: Map<string, { until: number; value: LectureInfo | null }> }
const { consultations, lectures }: Caches = ((globalThis as { [key: symbol]: Caches })[Symbol.for('lawpoint.intakeLookups')] ??= { consultations: new Map(), lectures: new Map() })

export function forgetLookups() {
  consultations.clear()
  lectures.clear()
}

/** An id the database could hold at all: SQL ids are 32-bit positive integers. */
export function plausibleId(_payload: Payload, id: unknown): id is Id {
  return typeof id === 'number' && Number.isSafeInteger(id) && id > 0 && id <= 2_147_483_647
}

export async function findConsultation(payload: Payload, id: Id): Promise<ConsultationInfo | null> {
  const key = String(id)
  const hit = consultations.get(key)
  if (hit && hit.until > Date.now()) return hit.value
  const found = await payload.find({
    collection: 'consultations',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
    select: { title: true, opensAt: true, closesAt: true, articles: true },
  })
  const doc = found.docs[0] as { id: Id; title: string; opensAt: string; closesAt: string; articles?: { number: number; label: string }[] | null } | undefined
  const value = doc
    ? { id: doc.id, title: doc.title, opensAt: doc.opensAt, closesAt: doc.closesAt, articles: new Map((doc.articles ?? []).map((a) => [a.number, a.label] as const)) }
    : null
  if (consultations.size > 1000) consultations.clear()
  consultations.set(key, { until: Date.now() + TTL, value })
  return value
}

export function consultationStateNow(c: ConsultationInfo): ConsultationState {
  return consultationState(c)
}

export async function findLecture(payload: Payload, id: Id): Promise<LectureInfo | null> {
  const key = String(id)
  const hit = lectures.get(key)
  if (hit && hit.until > Date.now()) return hit.value
  const found = await payload.find({
    collection: 'lectures',
    where: { and: [{ id: { equals: id } }, { _status: { equals: 'published' } }] },
    depth: 0,
    limit: 1,
    pagination: false,
  })
  const value = (found.docs[0] as unknown as LectureInfo | undefined) ?? null
  if (lectures.size > 1000) lectures.clear()
  lectures.set(key, { until: Date.now() + TTL, value })
  return value
}

export const lectureOpenNow = (l: LectureInfo) => registrationOpen(l) && new Date(l.startsAt) > new Date(Date.now() - 0)
