import type { Payload } from 'payload'

export interface LectureStats {
  capacity: number
  confirmedSeats: number
  seatsLeft: number
  waitlistCount: number
}
export interface ConsultationStats {
  participants: number
  opinionCount: number
}

/**
 * The figures the public may see: seats per lecture and participation per consultation.
 * Aggregates only — no document of a submission ever leaves this function.
 */
export async function publicStats(payload: Payload) {
  const lectures: Record<string, LectureStats> = {}
  const consultations: Record<string, ConsultationStats> = {}

  const lectureDocs = await payload.find({ collection: 'lectures', limit: 0, pagination: false, depth: 0, select: { capacity: true } })
  for (const l of lectureDocs.docs) lectures[String(l.id)] = { capacity: l.capacity, confirmedSeats: 0, seatsLeft: l.capacity, waitlistCount: 0 }

  const registrations = await payload.find({
    collection: 'registrations',
    where: { status: { in: ['confirmed', 'waitlisted'] } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { lecture: true, attendees: true, status: true },
  })
  for (const r of registrations.docs) {
    const stats = lectures[String(typeof r.lecture === 'object' ? r.lecture.id : r.lecture)]
    if (!stats) continue
    if (r.status === 'confirmed') stats.confirmedSeats += r.attendees
    else stats.waitlistCount += 1
  }
  for (const s of Object.values(lectures)) s.seatsLeft = Math.max(0, s.capacity - s.confirmedSeats)

  const opinions = await payload.find({
    collection: 'opinions',
    where: { consultation: { exists: true } },
    limit: 0,
    pagination: false,
    depth: 0,
    select: { consultation: true, phone: true, duplicateOf: true },
    // Participants are counted by full number (lists mask phones); nothing personal leaves this function.
    context: { fullPhones: true },
  })
  const people = new Map<string, Set<string>>()
  for (const o of opinions.docs) {
    const key = String(typeof o.consultation === 'object' ? o.consultation?.id : o.consultation)
    const stats = (consultations[key] ??= { participants: 0, opinionCount: 0 })
    stats.opinionCount += 1
    const set = people.get(key) ?? new Set()
    set.add(o.phone ?? `anon-${o.id}`)
    people.set(key, set)
  }
  for (const [key, set] of people) consultations[key]!.participants = set.size

  return { lectures, consultations }
}
