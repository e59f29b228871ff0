/**
 * Looking things up in the library for other collections' validation (cited articles, explainers). Reads with the
 * request's transaction and without access rules: whether an article exists is not a question of who asks.
 */
import type { PayloadRequest, Where } from 'payload'
import type { Law, LibraryArticle } from '@lawpoint/content-types'

export type LawRef = Pick<Law, 'id' | 'key' | 'title' | 'shortTitle'>

async function findLaw(req: PayloadRequest, where: Where): Promise<LawRef | null> {
  const { docs } = await req.payload.find({
    collection: 'laws',
    where,
    draft: true,
    limit: 1,
    depth: 0,
    select: { key: true, title: true, shortTitle: true },
    req,
  })
  return (docs[0] as LawRef | undefined) ?? null
}

export const lawById = (req: PayloadRequest, id: number | string) => findLaw(req, { id: { equals: id } })
export const lawByKey = (req: PayloadRequest, key: string) => findLaw(req, { key: { equals: key } })

/** The articles of a law with these numbers, in the law's order (第十七条 and 第十七条之一 share a number). */
export async function articlesByNumber(req: PayloadRequest, law: number | string, numbers: readonly number[]) {
  if (!numbers.length) return []
  const { docs } = await req.payload.find({
    collection: 'law-articles',
    where: { and: [{ law: { equals: law } }, { number: { in: [...new Set(numbers)] } }] },
    sort: 'position',
    limit: 0,
    pagination: false,
    depth: 0,
    select: { number: true, label: true, text: true, book: true, part: true, chapter: true, section: true },
    req,
  })
  return docs as Pick<LibraryArticle, 'id' | 'number' | 'label' | 'text' | 'book' | 'part' | 'chapter' | 'section'>[]
}

/** The numbers among these that the law has no article for. */
export async function missingNumbers(req: PayloadRequest, law: number | string, numbers: readonly number[]): Promise<number[]> {
  const found = new Set((await articlesByNumber(req, law, numbers)).map((a) => a.number))
  return [...new Set(numbers)].filter((n) => !found.has(n))
}
