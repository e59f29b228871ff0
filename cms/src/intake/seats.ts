/**
 * Seats of a lecture under any concurrency. Two guards:
 * - in this process, a per-lecture lock (sign-ups, cancellations and promotions for one lecture run one at a time);
 * - in the database, so that several CMS instances agree too: on PostgreSQL each change runs in a transaction that
 *   first locks the lecture's row (SELECT … FOR UPDATE); on SQLite every change is ONE statement (INSERT … SELECT /
 *   UPDATE … WHERE) whose seat check and write happen atomically under SQLite's single writer lock.
 *
 * Waitlist policy: THE NEXT PARTY THAT FITS MOVES UP. When seats free, the waitlist is walked in order (lowest
 * `waitlistPosition` first) and every party that fits in the free seats is confirmed; a party too large for them is
 * skipped and keeps its place, and moves up as soon as enough seats are free at once (it is then first in line).
 * Why this and not a cap on party size: a cap only helps if it is 1 (any larger party at the head could still hold
 * the last seats), which would turn away a resident bringing a companion; with "next that fits" no seat stands
 * empty while someone waiting would fit in it, so a fake party of five at the head of the line holds nothing.
 * The price: a large party can be overtaken by smaller ones while fewer seats than it needs free up at a time.
 * Newcomers follow the same rule: confirmed only if their party fits AND nobody waiting would fit in the free seats
 * (so nobody who waits is overtaken by a newcomer; with the line moved after every change, that is everyone who fits).
 *
 * `waitlistPosition` is the ticket drawn on joining the line and is never rewritten; the place in line shown to a
 * registrant (1 = next) is counted from it, so places close up by themselves when someone ahead leaves the line.
 */
import type { Payload, PayloadRequest } from 'payload'
import { withLock } from '../lib/mutex'
import { dialectOf, drizzleOf, inTransaction, isUniqueViolation, rows, sql } from '../lib/sql'
import { cancelCodeFormat, checkInCodeFormat } from '@lawpoint/content-types'

type Db = Awaited<ReturnType<typeof drizzleOf>>
type Id = number | string
type Req = Partial<PayloadRequest> | undefined

/** PostgreSQL types the values of an INSERT … SELECT as text unless told; SQLite needs no casts. */
const typed = (payload: Payload, value: unknown, pgType: string) =>
  dialectOf(payload) === 'postgres' ? sql`CAST(${value} AS ${sql.raw(pgType)})` : sql`${value}`

async function lockLecture(payload: Payload, db: Db, lecture: Id) {
  if (dialectOf(payload) === 'postgres') await rows(db, sql`SELECT id FROM lectures WHERE id = ${lecture} FOR UPDATE`)
}

/**
 * Runs `fn` with the lecture's seats to itself. Inside a request's transaction (a staff change in the admin, on
 * PostgreSQL) the lecture row is locked in that transaction and stays locked until it commits; never take this
 * process's lock there (a sign-up holding it may be waiting for that row). Otherwise: this process's lock, and on
 * PostgreSQL a transaction of its own.
 */
async function withSeats<T>(payload: Payload, lecture: Id, req: Req, fn: (db: Db) => Promise<T>): Promise<T> {
  if (req?.transactionID) {
    const db = await drizzleOf(payload, req)
    await lockLecture(payload, db, lecture)
    return fn(db)
  }
  return withLock(`lecture:${lecture}`, async () =>
    inTransaction(payload, await drizzleOf(payload), async (db) => {
      await lockLecture(payload, db, lecture)
      return fn(db)
    }, true),
  )
}

/**
 * On PostgreSQL, takes the lecture's row lock in the request's transaction before the request writes a registration
 * of it, so every path locks lecture → registration in the same order. Nothing to do elsewhere.
 */
export async function lockSeats(payload: Payload, lecture: Id, req: Req): Promise<void> {
  if (req?.transactionID && dialectOf(payload) === 'postgres') await lockLecture(payload, await drizzleOf(payload, req), lecture)
}

export type SignUpInput = { lecture: Id; name: string; phone: string; attendees: number; note?: string; consent: boolean }
export type SignUpResult =
  | { kind: 'created'; id: Id; status: 'confirmed' | 'waitlisted'; checkInCode: string; cancelCode: string; waitlistPosition: number | null }
  /** The phone already has a sign-up for this lecture: nothing stored, and nothing of that sign-up is returned. */
  | { kind: 'duplicate' }

/** Place in line now (1 = next to move up). */
async function placeInLine(db: Db, lecture: Id, position: number): Promise<number> {
  const [r] = await rows<{ n: number | string }>(
    db,
    sql`SELECT COUNT(*) AS n FROM registrations WHERE lecture_id = ${lecture} AND status = 'waitlisted' AND waitlist_position <= ${position}`,
  )
  return Number(r?.n ?? 0)
}

/** Seats taken (confirmed attendees) of a lecture, as a subquery. */
const takenOf = (lecture: unknown) =>
  sql`(SELECT COALESCE(SUM(c.attendees), 0) FROM registrations c WHERE c.lecture_id = ${lecture} AND c.status = 'confirmed')`
/** The lecture's capacity, as a subquery. */
const capacityOf = (lecture: unknown) => sql`(SELECT l.capacity FROM lectures l WHERE l.id = ${lecture})`

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
            // A seat for the newcomer: the party fits, and nobody waiting would fit in the free seats (nobody is overtaken).
            const inserted = await rows<{ id: Id; status: string; waitlist_position: number | string | null }>(
              db,
              sql`WITH t AS (
                SELECT l.id AS lecture, l.capacity AS capacity,
                  (SELECT COALESCE(SUM(r.attendees), 0) FROM registrations r WHERE r.lecture_id = l.id AND r.status = 'confirmed') AS taken,
                  (SELECT COALESCE(MAX(r.waitlist_position), 0) FROM registrations r WHERE r.lecture_id = l.id) AS lastpos
                FROM lectures l
                WHERE l.id = ${lecture}
                  AND NOT EXISTS (SELECT 1 FROM registrations d WHERE d.lecture_id = ${lecture} AND d.phone = ${input.phone} AND d.status <> 'cancelled')
              ), cur AS (
                SELECT t.lastpos AS lastpos,
                  CASE WHEN t.taken + ${input.attendees} <= t.capacity
                    AND NOT EXISTS (SELECT 1 FROM registrations w WHERE w.lecture_id = t.lecture AND w.status = 'waitlisted' AND w.attendees <= t.capacity - t.taken)
                  THEN 1 ELSE 0 END AS seat
                FROM t
              )
              INSERT INTO registrations (lecture_id, name, phone, attendees, note, consent, status, waitlist_position, check_in_code, cancel_code)
              SELECT ${typed(payload, lecture, 'integer')}, ${typed(payload, input.name, 'varchar')}, ${typed(payload, input.phone, 'varchar')},
                ${typed(payload, input.attendees, 'numeric')}, ${typed(payload, input.note ?? null, 'varchar')}, ${typed(payload, input.consent, 'boolean')},
                ${typed(payload, sql`CASE WHEN cur.seat = 1 THEN 'confirmed' ELSE 'waitlisted' END`, 'enum_registrations_status')},
                CASE WHEN cur.seat = 1 THEN NULL ELSE cur.lastpos + 1 END,
                ${typed(payload, checkInCode, 'varchar')}, ${typed(payload, cancelCode, 'varchar')}
              FROM cur
              RETURNING id, status, waitlist_position`,
            )
            const row = inserted[0]
            if (!row) {
              const [exists] = await rows(db, sql`SELECT 1 AS one FROM lectures WHERE id = ${lecture}`)
              if (!exists) throw Object.assign(new Error('讲座不存在'), { status: 404 })
              return { kind: 'duplicate' } as const
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
 * Moves people up from the waitlist: in line order, every party that fits in the free seats (see the policy above).
 * Runs inside the caller's transaction when it has one (a staff edit in the admin), so it sees the change that freed
 * the seats.
 */
export async function promoteWaitlist(payload: Payload, lecture: Id, req?: Partial<PayloadRequest>): Promise<Id[]> {
  return withSeats(payload, lecture, req, (db) => promoteNow(db, lecture))
}

async function promoteNow(db: Db, lecture: Id): Promise<Id[]> {
  const promoted: Id[] = []
  for (;;) {
    const now = new Date().toISOString()
    // One statement each: the first in line whose party fits in the seats free right now.
    const moved = await rows<{ id: Id }>(
      db,
      sql`UPDATE registrations SET status = 'confirmed', updated_at = ${now}
        WHERE id = (SELECT w.id FROM registrations w
          WHERE w.lecture_id = ${lecture} AND w.status = 'waitlisted' AND w.attendees <= ${capacityOf(lecture)} - ${takenOf(lecture)}
          ORDER BY w.waitlist_position, w.id LIMIT 1)
        RETURNING id`,
    )
    if (!moved.length) return promoted
    promoted.push(moved[0]!.id)
  }
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
  return withLock(`lecture:${lecture}`, async () =>
    inTransaction(
      payload,
      base,
      async (db) => {
        await lockLecture(payload, db, lecture)
        const now = new Date().toISOString()
        const cancelled = await rows<{ id: Id }>(
          db,
          sql`UPDATE registrations SET status = 'cancelled', cancelled_at = ${now}, updated_at = ${now} WHERE id = ${found.id} AND status <> 'cancelled' RETURNING id`,
        )
        if (!cancelled.length) return { kind: 'already' } as const
        return { kind: 'cancelled', lecture, promoted: await promoteNow(db, lecture) } as const
      },
      true,
    ),
  )
}

/** The next waitlist ticket of a lecture (one past the highest ever drawn there), for an entry about to be stored. */
export async function nextTicket(payload: Payload, lecture: Id, req: Req): Promise<number> {
  const db = await drizzleOf(payload, req)
  const [r] = await rows<{ n: number | string }>(db, sql`SELECT COALESCE(MAX(waitlist_position), 0) + 1 AS n FROM registrations WHERE lecture_id = ${lecture}`)
  return Number(r?.n ?? 1)
}

/** A stored registration joins the end of a lecture's line: a fresh ticket, drawn and written in one statement. */
export async function drawTicket(payload: Payload, id: Id, lecture: Id, req: Req): Promise<number> {
  return withSeats(payload, lecture, req, async (db) => {
    const [r] = await rows<{ waitlist_position: number | string }>(
      db,
      sql`UPDATE registrations SET waitlist_position = (SELECT COALESCE(MAX(r.waitlist_position), 0) + 1 FROM registrations r WHERE r.lecture_id = ${lecture})
        WHERE id = ${id} RETURNING waitlist_position`,
    )
    return Number(r?.waitlist_position ?? 0)
  })
}

/** On PostgreSQL, the row lock of the lecture a stored registration belongs to (before the request deletes it). */
export async function lockSeatsOf(payload: Payload, id: Id, req: Req): Promise<void> {
  if (!req?.transactionID || dialectOf(payload) !== 'postgres') return
  const db = await drizzleOf(payload, req)
  const [r] = await rows<{ lecture_id: Id | null }>(db, sql`SELECT lecture_id FROM registrations WHERE id = ${id}`)
  if (r?.lecture_id != null) await lockLecture(payload, db, r.lecture_id)
}

/**
 * A registration staff just entered in the admin (stored as waitlisted with a ticket) joins the line like a
 * sign-up from the site: its ticket is redrawn atomically (two entries made at the same moment never share one),
 * then the line moves, which confirms it if it fits and nobody before it would. Returns its state now.
 */
export async function admitEntry(payload: Payload, lecture: Id, id: Id, req: Req): Promise<{ status: 'confirmed' | 'waitlisted' | 'cancelled'; waitlistPosition: number | null }> {
  return withSeats(payload, lecture, req, async (db) => {
    // Only if another entry drew the same ticket meanwhile (SQLite, no transaction around the admin's save).
    await rows(
      db,
      sql`UPDATE registrations SET waitlist_position = (SELECT COALESCE(MAX(r.waitlist_position), 0) + 1 FROM registrations r WHERE r.lecture_id = ${lecture} AND r.id <> ${id})
        WHERE id = ${id} AND status = 'waitlisted'
          AND waitlist_position IN (SELECT o.waitlist_position FROM registrations o WHERE o.lecture_id = ${lecture} AND o.id <> ${id})`,
    )
    await promoteNow(db, lecture)
    // Confirmed on arrival, as a newcomer from the site is: no ticket.
    await rows(db, sql`UPDATE registrations SET waitlist_position = NULL WHERE id = ${id} AND status = 'confirmed'`)
    const [r] = await rows<{ status: 'confirmed' | 'waitlisted' | 'cancelled'; waitlist_position: number | string | null }>(
      db,
      sql`SELECT status, waitlist_position FROM registrations WHERE id = ${id}`,
    )
    return { status: r?.status ?? 'waitlisted', waitlistPosition: r?.waitlist_position == null ? null : Number(r.waitlist_position) }
  })
}

/**
 * Staff give a registration seats in the admin (confirm it, add attendees, move it to another lecture): one statement
 * that writes the seats only if they fit. Returns the seats free for it when they do not.
 */
export async function takeSeats(payload: Payload, change: { id: Id; lecture: Id; attendees: number }, req: Req): Promise<{ ok: true } | { ok: false; free: number }> {
  const { id, lecture, attendees } = change
  return withSeats(payload, lecture, req, async (db) => {
    const now = new Date().toISOString()
    const taken = await rows<{ id: Id }>(
      db,
      sql`UPDATE registrations SET status = 'confirmed', attendees = ${attendees}, lecture_id = ${lecture}, updated_at = ${now}
        WHERE id = ${id}
          AND ${typed(payload, attendees, 'numeric')} + (SELECT COALESCE(SUM(c.attendees), 0) FROM registrations c WHERE c.lecture_id = ${lecture} AND c.status = 'confirmed' AND c.id <> ${id})
            <= ${capacityOf(lecture)}
        RETURNING id`,
    )
    if (taken.length) return { ok: true } as const
    const [r] = await rows<{ free: number | string }>(
      db,
      sql`SELECT ${capacityOf(lecture)} - (SELECT COALESCE(SUM(c.attendees), 0) FROM registrations c WHERE c.lecture_id = ${lecture} AND c.status = 'confirmed' AND c.id <> ${id}) AS free`,
    )
    return { ok: false, free: Math.max(0, Number(r?.free ?? 0)) } as const
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
