/**
 * Seats of a lecture under any concurrency. Two guards:
 * - in this process, a per-lecture lock (sign-ups, cancellations and promotions for one lecture run one at a time);
 * - in the database, so that several CMS instances agree too: on PostgreSQL each change runs in a transaction that
 *   first locks the lecture's row (SELECT … FOR UPDATE); on SQLite every change is ONE statement (INSERT … SELECT /
 *   UPDATE … WHERE) whose seat check and write happen atomically under SQLite's single writer lock.
 * A newcomer is confirmed only if the seats fit AND nobody is waiting, so the waitlist is served strictly in order.
 */
import type { Payload, PayloadRequest } from 'payload'
import { withLock } from '../lib/mutex'
import { dialectOf, drizzleOf, inTransaction, isUniqueViolation, rows, sql } from '../lib/sql'
import { cancelCodeFormat, checkInCodeFormat } from '@lawpoint/content-types'

type Db = Awaited<ReturnType<typeof drizzleOf>>
type Id = number | string

/** PostgreSQL types the values of an INSERT … SELECT as text unless told; SQLite needs no casts. */
const typed = (payload: Payload, value: unknown, pgType: string) =>
  dialectOf(payload) === 'postgres' ? sql`CAST(${value} AS ${sql.raw(pgType)})` : sql`${value}`

async function lockLecture(payload: Payload, db: Db, lecture: Id) {
  if (dialectOf(payload) === 'postgres') await rows(db, sql`SELECT id FROM lectures WHERE id = ${lecture} FOR UPDATE`)
}

export type SignUpInput = { lecture: Id; name: string; phone: string; attendees: number; note?: string; consent: boolean }
export type SignUpResult =
  | { kind: 'created'; id: Id; status: 'confirmed' | 'waitlisted'; checkInCode: string; cancelCode: string; waitlistPosition: number | null }
  | { kind: 'duplicate'; status: 'confirmed' | 'waitlisted'; waitlistPosition: number | null }

/** Place in line now (1 = next to move up). */
async function placeInLine(db: Db, lecture: Id, position: number): Promise<number> {
  const [r] = await rows<{ n: number | string }>(
    db,
    sql`SELECT COUNT(*) AS n FROM registrations WHERE lecture_id = ${lecture} AND status = 'waitlisted' AND waitlist_position <= ${position}`,
  )
  return Number(r?.n ?? 0)
}

export async function signUp(payload: Payload, input: SignUpInput): Promise<SignUpResult> {
  const lecture = input.lecture
  return withLock(`lecture:${lecture}`, async () => {
    const base = await drizzleOf(payload)
    for (let attempt = 0; ; attempt++) {
      const checkInCode = checkInCodeFormat.generate()
      const cancelCode = cancelCodeFormat.generate()
      try {
        return await inTransaction(
          payload,
          base,
          async (db) => {
            await lockLecture(payload, db, lecture)
            const inserted = await rows<{ id: Id; status: string; waitlist_position: number | string | null }>(
              db,
              sql`WITH cur AS (
                SELECT l.capacity AS capacity,
                  (SELECT COALESCE(SUM(r.attendees), 0) FROM registrations r WHERE r.lecture_id = l.id AND r.status = 'confirmed') AS taken,
                  (SELECT COUNT(*) FROM registrations r WHERE r.lecture_id = l.id AND r.status = 'waitlisted') AS waiting,
                  (SELECT COALESCE(MAX(r.waitlist_position), 0) FROM registrations r WHERE r.lecture_id = l.id) AS lastpos
                FROM lectures l
                WHERE l.id = ${lecture}
                  AND NOT EXISTS (SELECT 1 FROM registrations d WHERE d.lecture_id = ${lecture} AND d.phone = ${input.phone} AND d.status <> 'cancelled')
              )
              INSERT INTO registrations (lecture_id, name, phone, attendees, note, consent, status, waitlist_position, check_in_code, cancel_code)
              SELECT ${typed(payload, lecture, 'integer')}, ${typed(payload, input.name, 'varchar')}, ${typed(payload, input.phone, 'varchar')},
                ${typed(payload, input.attendees, 'numeric')}, ${typed(payload, input.note ?? null, 'varchar')}, ${typed(payload, input.consent, 'boolean')},
                ${typed(payload, sql`CASE WHEN cur.waiting = 0 AND cur.taken + ${input.attendees} <= cur.capacity THEN 'confirmed' ELSE 'waitlisted' END`, 'enum_registrations_status')},
                CASE WHEN cur.waiting = 0 AND cur.taken + ${input.attendees} <= cur.capacity THEN NULL ELSE cur.lastpos + 1 END,
                ${typed(payload, checkInCode, 'varchar')}, ${typed(payload, cancelCode, 'varchar')}
              FROM cur
              RETURNING id, status, waitlist_position`,
            )
            const row = inserted[0]
            if (!row) {
              const [existing] = await rows<{ status: string; waitlist_position: number | string | null }>(
                db,
                sql`SELECT status, waitlist_position FROM registrations WHERE lecture_id = ${lecture} AND phone = ${input.phone} AND status <> 'cancelled' ORDER BY id LIMIT 1`,
              )
              if (!existing) throw Object.assign(new Error('讲座不存在'), { status: 404 })
              const status = existing.status as 'confirmed' | 'waitlisted'
              const waitlistPosition = status === 'waitlisted' ? await placeInLine(db, lecture, Number(existing.waitlist_position)) : null
              return { kind: 'duplicate', status, waitlistPosition } as const
            }
            const status = row.status as 'confirmed' | 'waitlisted'
            const waitlistPosition = status === 'waitlisted' ? await placeInLine(db, lecture, Number(row.waitlist_position)) : null
            return { kind: 'created', id: row.id, status, checkInCode, cancelCode, waitlistPosition } as const
          },
          true,
        )
      } catch (error) {
        // A code that happens to exist already: draw new ones.
        if (isUniqueViolation(error) && attempt < 5) continue
        throw error
      }
    }
  })
}

/**
 * Moves people up from the waitlist, first in line first, while their party fits. Runs inside the caller's
 * transaction when it has one (a staff edit in the admin), so it sees the change that freed the seats.
 */
export async function promoteWaitlist(payload: Payload, lecture: Id, req?: Partial<PayloadRequest>): Promise<Id[]> {
  // Inside a hook the request's transaction holds the row lock; otherwise take this process's lecture lock.
  if (req?.transactionID) return promoteNow(payload, lecture, await drizzleOf(payload, req), false)
  return withLock(`lecture:${lecture}`, async () => promoteNow(payload, lecture, await drizzleOf(payload), true))
}

async function promoteNow(payload: Payload, lecture: Id, base: Db, ownTransaction: boolean): Promise<Id[]> {
  return inTransaction(
    payload,
    base,
    async (db) => {
      await lockLecture(payload, db, lecture)
      const promoted: Id[] = []
      for (;;) {
        const now = new Date().toISOString()
        const moved = await rows<{ id: Id }>(
          db,
          sql`UPDATE registrations SET status = 'confirmed', updated_at = ${now}
            WHERE id = (SELECT w.id FROM registrations w WHERE w.lecture_id = ${lecture} AND w.status = 'waitlisted' ORDER BY w.waitlist_position, w.id LIMIT 1)
              AND attendees + (SELECT COALESCE(SUM(c.attendees), 0) FROM registrations c WHERE c.lecture_id = ${lecture} AND c.status = 'confirmed')
                <= (SELECT l.capacity FROM lectures l WHERE l.id = ${lecture})
            RETURNING id`,
        )
        if (!moved.length) return promoted
        promoted.push(moved[0]!.id)
      }
    },
    ownTransaction,
  )
}

export type CancelResult = { kind: 'cancelled'; lecture: Id; promoted: Id[] } | { kind: 'not-found' } | { kind: 'already' }

/** The registrant cancels with their cancel code and the last four digits of their phone. */
export async function cancelByCode(payload: Payload, cancelCode: string, phoneLast4: string): Promise<CancelResult> {
  const base = await drizzleOf(payload)
  const [found] = await rows<{ id: Id; lecture_id: Id; phone: string | null; status: string }>(
    base,
    sql`SELECT id, lecture_id, phone, status FROM registrations WHERE cancel_code = ${cancelCode}`,
  )
  if (!found || !found.phone || found.phone.slice(-4) !== phoneLast4) return { kind: 'not-found' }
  if (found.status === 'cancelled') return { kind: 'already' }
  const lecture = found.lecture_id
  return withLock(`lecture:${lecture}`, async () => {
    const cancelled = await inTransaction(
      payload,
      base,
      async (db) => {
        await lockLecture(payload, db, lecture)
        const now = new Date().toISOString()
        return rows<{ id: Id }>(
          db,
          sql`UPDATE registrations SET status = 'cancelled', cancelled_at = ${now}, updated_at = ${now} WHERE id = ${found.id} AND status <> 'cancelled' RETURNING id`,
        )
      },
      true,
    )
    if (!cancelled.length) return { kind: 'already' } as const
    const promoted = await promoteNow(payload, lecture, base, true)
    return { kind: 'cancelled', lecture, promoted } as const
  })
}


export type RegistrationView = { lecture: Id; status: 'confirmed' | 'waitlisted' | 'cancelled'; checkInCode: string; attendees: number; placeInLine: number | null }

/** What the registrant may see of their own sign-up, found by the cancel code only they hold. */
export async function registrationByCancelCode(payload: Payload, cancelCode: string): Promise<RegistrationView | null> {
  const db = await drizzleOf(payload)
  const [found] = await rows<{ lecture_id: Id; status: RegistrationView['status']; check_in_code: string; attendees: number | string; waitlist_position: number | string | null }>(
    db,
    sql`SELECT lecture_id, status, check_in_code, attendees, waitlist_position FROM registrations WHERE cancel_code = ${cancelCode}`,
  )
  if (!found) return null
  const place = found.status === 'waitlisted' ? await placeInLine(db, found.lecture_id, Number(found.waitlist_position)) : null
  return { lecture: found.lecture_id, status: found.status, checkInCode: found.check_in_code, attendees: Number(found.attendees), placeInLine: place }
}
