/**
 * The figures of the staff dashboard and of a consultation's page in the admin, counted by the database:
 * GROUP BY queries (the same SQL on SQLite and PostgreSQL), never a load of every opinion or sign-up.
 * Each query's rows are folded by a pure function, tested on its own.
 */
import type { Payload } from 'payload'
import { drizzleOf, rows, sql } from '../lib/sql'

type Id = number | string
type Count = number | string | null

export type OpinionTally = { total: number; status: Record<string, number>; channel: Record<string, number> }
export type SeatTally = { confirmed: number; waitlisted: number }
export type ArticleTally = { byArticle: Map<number, number>; wholeDraft: number; total: number }

const ids = (list: readonly Id[]) => sql.join(list.map((id) => sql`${Number(id)}`), sql`, `)

/** Opinions per consultation by status and by channel, from rows grouped by (consultation, status, channel). */
export function tallyOpinions(groups: readonly { consultation: Id; status: string; channel: string; n: Count }[]): Map<string, OpinionTally> {
  const out = new Map<string, OpinionTally>()
  for (const g of groups) {
    const key = String(g.consultation)
    const n = Number(g.n ?? 0)
    const t = out.get(key) ?? { total: 0, status: {}, channel: {} }
    t.total += n
    t.status[g.status] = (t.status[g.status] ?? 0) + n
    t.channel[g.channel] = (t.channel[g.channel] ?? 0) + n
    out.set(key, t)
  }
  return out
}

/** Seats taken (confirmed attendees) and people waiting per lecture, from rows grouped by (lecture, status). */
export function tallySeats(groups: readonly { lecture: Id; status: string; attendees: Count }[]): Map<string, SeatTally> {
  const out = new Map<string, SeatTally>()
  for (const g of groups) {
    const key = String(g.lecture)
    const t = out.get(key) ?? { confirmed: 0, waitlisted: 0 }
    if (g.status === 'confirmed') t.confirmed += Number(g.attendees ?? 0)
    else if (g.status === 'waitlisted') t.waitlisted += Number(g.attendees ?? 0)
    out.set(key, t)
  }
  return out
}

/** One consultation's opinions per article number; those without a number are on the draft as a whole. */
export function tallyArticles(groups: readonly { article: Count; n: Count }[]): ArticleTally {
  const byArticle = new Map<number, number>()
  let wholeDraft = 0
  let total = 0
  for (const g of groups) {
    const n = Number(g.n ?? 0)
    total += n
    if (g.article === null || g.article === undefined || g.article === '') wholeDraft += n
    else byArticle.set(Number(g.article), (byArticle.get(Number(g.article)) ?? 0) + n)
  }
  return { byArticle, wholeDraft, total }
}

/** Opinions of these consultations, counted by status and channel (one query). */
export async function opinionTallies(payload: Payload, consultations: readonly Id[]): Promise<Map<string, OpinionTally>> {
  if (!consultations.length) return new Map()
  const db = await drizzleOf(payload)
  return tallyOpinions(
    await rows<{ consultation: Id; status: string; channel: string; n: Count }>(
      db,
      sql`SELECT consultation_id AS consultation, status, channel, COUNT(*) AS n
          FROM opinions WHERE consultation_id IN (${ids(consultations)})
          GROUP BY consultation_id, status, channel`,
    ),
  )
}

/** Confirmed and waitlisted attendees of these lectures (one query; cancelled sign-ups hold nothing). */
export async function seatTallies(payload: Payload, lectures: readonly Id[]): Promise<Map<string, SeatTally>> {
  if (!lectures.length) return new Map()
  const db = await drizzleOf(payload)
  return tallySeats(
    await rows<{ lecture: Id; status: string; attendees: Count }>(
      db,
      sql`SELECT lecture_id AS lecture, status, SUM(attendees) AS attendees
          FROM registrations WHERE lecture_id IN (${ids(lectures)}) AND status IN ('confirmed', 'waitlisted')
          GROUP BY lecture_id, status`,
    ),
  )
}

/** A consultation's opinions per article of its draft (one query). */
export async function articleTallies(payload: Payload, consultation: Id): Promise<ArticleTally> {
  const db = await drizzleOf(payload)
  return tallyArticles(
    await rows<{ article: Count; n: Count }>(
      db,
      sql`SELECT article_number AS article, COUNT(*) AS n FROM opinions WHERE consultation_id = ${Number(consultation)} GROUP BY article_number`,
    ),
  )
}
