import type { CollectionBeforeValidateHook } from 'payload'
import { articleLabel, type LibraryArticle } from '@lawpoint/content-types'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number | undefined))

/**
 * An article typed in by hand: its label follows its number (第十条), and it goes after the law's last
 * article unless staff give a position. The importer always sets both.
 */
export const fillArticleDefaults: CollectionBeforeValidateHook<LibraryArticle> = async ({ data, operation, req }) => {
  if (!data) return data
  if (!data.label && typeof data.number === 'number' && Number.isInteger(data.number) && data.number > 0) data.label = articleLabel(data.number)
  const law = idOf(data.law)
  if (operation === 'create' && data.position == null && law != null) {
    const last = await req.payload.find({
      collection: 'law-articles',
      where: { law: { equals: law } },
      sort: '-position',
      limit: 1,
      depth: 0,
      select: { position: true },
      req,
    })
    data.position = (last.docs[0]?.position ?? 0) + 1
  }
  return data
}
