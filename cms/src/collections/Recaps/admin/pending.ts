/** What waits for whom in the review of recaps: the queries behind the list's links and the dashboard. */
import type { Payload, Where } from 'payload'
import type { ReviewState } from '@lawpoint/content-types'

type Who = { staff: true } | { staff: false; user: unknown }

/** Recaps as their newest version (drafts included) in a state; staff see all, a volunteer their own. */
export async function recapsIn(payload: Payload, state: ReviewState, who: Who, limit = 1) {
  const where: Where = { reviewState: { equals: state } }
  return payload.find({
    collection: 'recaps',
    draft: true,
    depth: who.staff ? 1 : 0,
    limit,
    // Oldest submission first for editors; a volunteer's own by their last change (they cannot sort by review notes).
    sort: who.staff ? 'submittedAt' : '-updatedAt',
    where: who.staff ? where : { and: [where, { author: { equals: (who.user as { id: number }).id } }] },
    select: { title: true, author: true, submittedAt: true, reviewedAt: true, reviewState: true },
    ...(who.staff ? { overrideAccess: true } : { overrideAccess: false, user: who.user as never }),
  })
}

/** The recaps list filtered by the admin's URL query (Payload reads `where` from it). */
export const recapsListUrl = (adminRoute: string, where?: Record<string, { equals: string | number }>) => {
  const base = `${adminRoute}/collections/recaps`
  if (!where) return base
  const query = Object.entries(where)
    .map(([field, { equals }]) => `where[${encodeURIComponent(field)}][equals]=${encodeURIComponent(String(equals))}`)
    .join('&')
  return `${base}?${query}`
}
