import type { CollectionBeforeDeleteHook } from 'payload'

/**
 * A law's articles go with it (they mean nothing alone). One statement, no per-article hooks: deleting the
 * law itself already queues the site build when it was published.
 */
export const deleteArticles: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: 'law-articles', where: { law: { equals: id } }, req })
}
