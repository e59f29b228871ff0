import type { Payload } from 'payload'
import { drizzleOf, rows, sql } from '../lib/sql'

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
  const lectureDocs = await payload.find({ collection: 'lectures', limit: 0, pagination: false, depth: 0, select: { capacity: true } })
  for (const l of lectureDocs.docs) lectures[String(l.id)] = { capacity: l.capacity, confirmedSeats: 0, seatsLeft: l.capacity, waitlistCount: 0 }
  const consultations = await sqlCounts(payload, lectures)
  for (const s of Object.values(lectures)) s.seatsLeft = Math.max(0, s.capacity - s.confirmedSeats)
  return { lectures, consultations }
}

/** The database counts (two GROUP BY queries), however many submissions there are. */
async function sqlCounts(payload: Payload, lectures: Record<string, LectureStats>): Promise<Record<string, ConsultationStats>> {
  const db = await drizzleOf(payload)
  const seats = await rows<{ lecture: number | string; confirmed: number | string | null; waiting: number | string | null }>(
    db,
    sql`SELECT lecture_id AS lecture,
          SUM(CASE WHEN status = 'confirmed' THEN attendees ELSE 0 END) AS confirmed,
          SUM(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END) AS waiting
        FROM registrations WHERE status IN ('confirmed', 'waitlisted') GROUP BY lecture_id`,
  )
  for (const r of seats) {
    const stats = lectures[String(r.lecture)]
    if (!stats) continue
    stats.confirmedSeats = Number(r.confirmed ?? 0)
    stats.waitlistCount = Number(r.waiting ?? 0)
  }
  // Participants are told apart by full phone number (an erased one counts once per opinion); only counts leave.
  const counts = await rows<{ consultation: number | string; opinions: number | string; participants: number | string }>(
    db,
    sql`SELECT consultation_id AS consultation, COUNT(*) AS opinions,
          COUNT(DISTINCT COALESCE(NULLIF(phone, ''), 'anon-' || CAST(id AS TEXT))) AS participants
        FROM opinions WHERE consultation_id IS NOT NULL GROUP BY consultation_id`,
  )
  const consultations: Record<string, ConsultationStats> = {}
  for (const c of counts) consultations[String(c.consultation)] = { participants: Number(c.participants), opinionCount: Number(c.opinions) }
  return consultations
}
